import { describe, expect, it } from "vitest";
import { attendancePastMaximum, bookingPastMaximum, daysUsed, daysUsedText } from "./days-used.ts";

const at = "2027-01-01T10:00:00.000Z";
const referral = (attendances: (string | undefined)[], assessment?: string, max: number | null = 3) => ({
  answers: { requirement: max === null ? {} : { enforceableDays: max } },
  ...(assessment ? { assessment: { outcome: { attendance: assessment } } } : {}),
  sessions: attendances.map((a) => ({ at, ...(a ? { feedback: { attendance: a } } : {}) })),
});

describe("days used of a rehabilitation activity requirement", () => {
  it("counts the attended assessment and attended or late sessions, never missed ones", () => {
    expect(daysUsed(referral([], "did-not-attend"))).toBe(0);
    expect(daysUsed(referral(["attended", "late", "did-not-attend", undefined], "attended"))).toBe(3);
  });

  it("warns before booking past the maximum and refuses attendance beyond it", () => {
    expect(bookingPastMaximum(referral(["attended", undefined], "attended"))).toBe(true);
    expect(bookingPastMaximum(referral(["attended"], "attended"))).toBe(false);
    expect(attendancePastMaximum(referral(["attended", "attended"], "attended"))).toBe(true);
    expect(attendancePastMaximum(referral(["attended"], "attended"))).toBe(false);
    expect(attendancePastMaximum(referral(["attended", "attended"], "attended", null))).toBe(false);
  });

  it("reads as both sides see it", () => {
    expect(daysUsedText(2, 11)).toBe("2 of 11 days used");
    expect(daysUsedText(1, undefined)).toBe("1 day used");
  });
});
