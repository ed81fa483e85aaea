import { describe, expect, it } from "vitest";
import { bidKind } from "./items.ts";

// The key strings of items already stored: a refactor that changes one fails here, not in production.
describe("bid item keys", () => {
  it("bid, in the opportunity's partition; gsi1 the organisation's bids", () => {
    const bid = { opportunityId: "O1", organisationId: "org-a", updatedAt: "2026-01-01T00:00:00.000Z" };
    expect(bidKind.item(bid)).toEqual({
      pk: "OPP#O1",
      sk: "BID#org-a",
      gsi1pk: "ORG#org-a#BIDS",
      gsi1sk: "2026-01-01T00:00:00.000Z#O1",
      type: "bid",
    });
    expect(bidKind.skPrefix).toBe("BID#");
  });
});
