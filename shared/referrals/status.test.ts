import { describe, expect, it } from "vitest";
import { canHappen, statusAfter } from "./status.ts";

describe("referral status", () => {
  it("moves draft → sent → in progress (assessment attended) → completed", () => {
    expect(statusAfter("draft", "send")).toBe("sent");
    expect(statusAfter("sent", "record-assessment", { assessmentAttended: false })).toBe("sent");
    expect(statusAfter("sent", "record-assessment", { assessmentAttended: true })).toBe("in-progress");
    expect(statusAfter("in-progress", "complete")).toBe("completed");
  });

  it("lets the officer withdraw an open referral only", () => {
    expect(statusAfter("sent", "withdraw")).toBe("withdrawn");
    expect(statusAfter("in-progress", "withdraw")).toBe("withdrawn");
    expect(canHappen("draft", "withdraw")).toBe(false);
    expect(canHappen("completed", "withdraw")).toBe(false);
  });

  it("keeps plans and sessions for after the assessment, and drafts for before sending", () => {
    expect(canHappen("sent", "submit-action-plan")).toBe(false);
    expect(canHappen("in-progress", "schedule-session")).toBe(true);
    expect(canHappen("sent", "edit-draft")).toBe(false);
    expect(canHappen("sent", "complete")).toBe(false);
    expect(() => statusAfter("completed", "send")).toThrow();
  });
});
