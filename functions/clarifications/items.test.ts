import { describe, expect, it } from "vitest";
import { questionKind } from "./items.ts";

// The key strings of items already stored: a refactor that changes one fails here, not in production.
describe("clarification item keys", () => {
  it("question, in the opportunity's partition", () => {
    expect(questionKind.item({ opportunityId: "O1", id: "Q1" })).toEqual({
      pk: "OPP#O1",
      sk: "QUESTION#Q1",
      type: "clarification",
    });
    expect(questionKind.skPrefix).toBe("QUESTION#");
  });
});
