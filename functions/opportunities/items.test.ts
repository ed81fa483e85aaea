import { describe, expect, it } from "vitest";
import { opportunityKind, opportunityListingKind } from "./items.ts";

// The key strings of items already stored: a refactor that changes one fails here, not in production.
describe("opportunity item keys", () => {
  it("opportunity details", () => {
    expect(opportunityKind.item({ id: "O1" })).toEqual({ pk: "OPP#O1", sk: "DETAILS", type: "opportunity" });
  });

  it("listing entry per region, by submission deadline (undated last)", () => {
    const dated = {
      id: "O1",
      regionId: "london",
      state: "published",
      submissionDeadline: "2026-03-01T12:00:00.000Z",
    };
    expect(opportunityListingKind.item(dated)).toEqual({
      pk: "OPP#O1",
      sk: "REGION#london",
      gsi1pk: "OPPS#london#published",
      gsi1sk: "2026-03-01T12:00:00.000Z#O1",
      type: "opportunity-listing",
    });
    expect(opportunityListingKind.gsi1.sk({ id: "O2" })).toBe("9999-12-31T23:59:59.999Z#O2");
  });
});
