import { describe, expect, it } from "vitest";
import { supplierTag } from "./supplier-standing.ts";

describe("the supplier's standing on a contract", () => {
  it("tags a suspended supplier orange and a removed one red, and a member in good standing not at all", () => {
    expect(supplierTag({ supplierMembership: "suspended" })).toEqual({
      text: "Supplier suspended",
      colour: "orange",
    });
    expect(supplierTag({ supplierMembership: "removed" })).toEqual({
      text: "Supplier removed",
      colour: "red",
    });
    expect(supplierTag({})).toBeUndefined();
  });
});
