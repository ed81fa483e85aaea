import { describe, expect, it } from "vitest";
import { stepFields } from "./plan-step.ts";

describe("a plan step's fields", () => {
  it("link each request field to its element on the form, in the order given", () => {
    const fields = stepFields("progress", ["action", "state", "note"]);
    expect(fields).toEqual({ action: "#progress-action", state: "#progress-state", note: "#progress-note" });
    expect(Object.keys(fields)).toEqual(["action", "state", "note"]);
  });
});
