import { describe, expect, it } from "vitest";
import { changeNeedsNotice } from "./change-threshold.ts";

const contract = { valueBeforePence: 1_000_000, startDate: "2027-01-01", endDateBefore: "2028-12-31" };

describe("the contract change notice threshold (s.75)", () => {
  it("needs a notice above 10% of the value either way, or more than 10% of the term", () => {
    const same = { ...contract, endDateAfter: contract.endDateBefore };
    // s.75(2)(a): "10 per cent or less" is exempt, so exactly 10% needs no notice.
    expect(changeNeedsNotice({ ...same, valueDeltaPence: 100_000 }, 10)).toBe(false);
    expect(changeNeedsNotice({ ...same, valueDeltaPence: -100_000 }, 10)).toBe(false);
    expect(changeNeedsNotice({ ...same, valueDeltaPence: 100_001 }, 10)).toBe(true);
    expect(changeNeedsNotice({ ...same, valueDeltaPence: -100_001 }, 10)).toBe(true);
    // A two-year term: two months longer is under 10%, three months over.
    expect(changeNeedsNotice({ ...contract, valueDeltaPence: 0, endDateAfter: "2029-02-28" }, 10)).toBe(
      false,
    );
    expect(changeNeedsNotice({ ...contract, valueDeltaPence: 0, endDateAfter: "2029-03-31" }, 10)).toBe(true);
    // The percentage is configuration.
    expect(changeNeedsNotice({ ...same, valueDeltaPence: 150_000 }, 20)).toBe(false);
  });
});
