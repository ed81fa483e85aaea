import { describe, expect, it } from "vitest";
import { applicationKind, cessationKind } from "./items.ts";

// The key strings of items already stored: a refactor that changes one fails here, not in production.
describe("framework item keys", () => {
  it("application, by status and by organisation", () => {
    const application = {
      id: "A1",
      status: "submitted",
      organisationId: "org-a",
      submittedAt: "2026-01-01T00:00:00.000Z",
    };
    expect(applicationKind.item(application)).toEqual({
      pk: "APP#A1",
      sk: "APPLICATION",
      gsi1pk: "APPLICATIONS#submitted",
      gsi1sk: "2026-01-01T00:00:00.000Z#A1",
      gsi2pk: "ORG#org-a#APPLICATIONS",
      gsi2sk: "2026-01-01T00:00:00.000Z#A1",
      type: "framework-application",
    });
  });

  it("the market's announced end: one item for the market", () => {
    expect(cessationKind.item({})).toEqual({
      pk: "FRAMEWORK#MARKET",
      sk: "CESSATION",
      type: "framework-cessation",
    });
  });
});
