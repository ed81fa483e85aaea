import { describe, expect, it } from "vitest";
import { completionText, pastCompletionText, targetsFor } from "./open-referrals.ts";

const referral = {
  id: "r1",
  reference: "AB1234CD",
  status: "sent",
  tierId: "low" as const,
  pdu: "camden",
  officerName: "Sam Officer",
  version: 3,
};
const target = (id: string, pduIds: string[], tierIds: ("low" | "medium" | "high")[]) => ({
  id,
  reference: `REF-${id}`,
  organisationName: `Provider ${id}`,
  pduIds,
  tierIds,
});

describe("open referrals of a terminated contract", () => {
  it("offers only contracts covering the referral's delivery unit and tier", () => {
    const options = targetsFor(referral, [
      target("a", ["camden"], ["low", "medium"]),
      target("b", ["hackney"], ["low"]),
      target("c", ["camden"], ["high"]),
    ]);
    expect(options).toEqual([{ value: "a", text: "REF-a — Provider a" }]);
  });

  it("says until when referrals may complete, only once the contract is terminated", () => {
    expect(completionText("terminated", "2027-03-31", (d) => `[${d}]`)).toMatch(/until \[2027-03-31\]/);
    expect(completionText("live", undefined, (d) => d)).toBeUndefined();
  });

  it("warns that each must be transferred once the completion date has passed", () => {
    expect(pastCompletionText("2027-03-31", true, (d) => `[${d}]`)).toMatch(
      /\[2027-03-31\], has passed.*transfer each one/,
    );
    expect(pastCompletionText("2027-03-31", false, (d) => d)).toBeUndefined();
  });
});
