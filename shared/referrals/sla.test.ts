import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addWorkingDays, workingDaysBetween } from "../time/index.ts";
import { nextDueAt, slaClocks } from "./sla.ts";

// Monday 5 January 2026, 10am London (GMT).
const sentAt = "2026-01-05T10:00:00.000Z";

describe("SLA clocks", () => {
  it("gives first contact 2 and the initial assessment 10 working days from sending", () => {
    const clocks = slaClocks({ sentAt }, new Date(sentAt));
    expect(clocks.map((c) => [c.id, c.dueAt])).toEqual([
      ["firstContact", "2026-01-07T23:59:59.999Z"],
      ["initialAssessment", "2026-01-19T23:59:59.999Z"],
    ]);
    expect(clocks.every((c) => !c.overdue)).toBe(true);
  });

  it("skips bank holidays: sent on Christmas Eve 2026, first contact is due on 30 December (25, 28 December are holidays)", () => {
    const clocks = slaClocks({ sentAt: "2026-12-24T09:00:00.000Z" }, new Date("2026-12-24T09:00:00.000Z"));
    expect(clocks[0]!.dueAt).toBe("2026-12-30T23:59:59.999Z");
  });

  it("starts the action plan clock at the assessment and the report clock at the last session", () => {
    const clocks = slaClocks(
      {
        sentAt,
        firstContactAt: "2026-01-06T10:00:00.000Z",
        assessmentCompletedAt: "2026-01-09T10:00:00.000Z",
        actionPlanSubmittedAt: "2026-01-12T10:00:00.000Z",
        lastSessionAt: "2026-02-02T10:00:00.000Z",
      },
      new Date("2026-02-03T10:00:00.000Z"),
    );
    const byId = Object.fromEntries(clocks.map((c) => [c.id, c]));
    expect(byId.actionPlan!.dueAt).toBe("2026-01-16T23:59:59.999Z");
    expect(byId.endOfServiceReport!.dueAt).toBe("2026-02-09T23:59:59.999Z");
    expect(clocks.some((c) => c.overdue)).toBe(false);
  });

  it("flags a clock overdue once its due date has passed unmet, and one met late", () => {
    const afterDue = new Date("2026-01-08T00:00:00.000Z");
    expect(slaClocks({ sentAt }, afterDue).find((c) => c.id === "firstContact")!.overdue).toBe(true);
    const metLate = slaClocks({ sentAt, firstContactAt: "2026-01-08T09:00:00.000Z" }, afterDue);
    expect(metLate.find((c) => c.id === "firstContact")!.overdue).toBe(true);
  });

  it("next due is the earliest unmet clock, and nothing once every clock is met", () => {
    expect(nextDueAt({ sentAt })).toBe("2026-01-07T23:59:59.999Z");
    expect(nextDueAt({ sentAt, firstContactAt: sentAt })).toBe("2026-01-19T23:59:59.999Z");
    expect(
      nextDueAt({
        sentAt,
        firstContactAt: sentAt,
        assessmentCompletedAt: sentAt,
        actionPlanSubmittedAt: sentAt,
      }),
    ).toBeUndefined();
  });

  it("always allows exactly the stated working days, whenever the referral is sent", () => {
    const start = Date.parse("2026-01-01T00:00:00Z");
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 700 * 24 }), (hours) => {
        const sent = new Date(start + hours * 3_600_000);
        const [first, assessment] = slaClocks({ sentAt: sent.toISOString() }, sent);
        expect(workingDaysBetween(sent, new Date(first!.dueAt))).toBe(2);
        expect(workingDaysBetween(sent, new Date(assessment!.dueAt))).toBe(10);
        expect(first!.dueAt).toBe(addWorkingDays(sent, 2).toISOString());
      }),
      { numRuns: 200 },
    );
  });
});
