import { describe, expect, it } from "vitest";
import { maxPlanSessions, planSessionLimitText } from "./action-plan.ts";

describe("action plan sessions", () => {
  it("allows a quarter more than the contracted sessions, at least one", () => {
    expect(maxPlanSessions(4)).toBe(5);
    expect(maxPlanSessions(1)).toBe(2);
    expect(maxPlanSessions(10)).toBe(13);
    expect(planSessionLimitText(4)).toContain("up to 5 sessions");
  });
});
