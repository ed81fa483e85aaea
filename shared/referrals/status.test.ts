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

  it("keeps sessions and plan reviews for after the assessment, and drafts for before sending", () => {
    // A plan on a sent referral reaches its handler, which refuses it with a 422 saying why (ADR 0026).
    expect(canHappen("sent", "submit-action-plan")).toBe(true);
    expect(canHappen("completed", "submit-action-plan")).toBe(false);
    expect(canHappen("sent", "schedule-session")).toBe(false);
    expect(canHappen("sent", "review-action-plan")).toBe(false);
    expect(canHappen("in-progress", "schedule-session")).toBe(true);
    expect(canHappen("sent", "edit-draft")).toBe(false);
    expect(canHappen("sent", "complete")).toBe(false);
    expect(() => statusAfter("completed", "send")).toThrow();
  });

  it("lets a sent referral be amended, leaving closed ones to the handler's 422 and drafts to their sections", () => {
    expect(canHappen("sent", "amend")).toBe(true);
    expect(canHappen("completed", "amend")).toBe(true);
    expect(canHappen("draft", "amend")).toBe(false);
  });
});
