import * as z from "zod";

/** Where a referral is: a draft the officer is writing, then the provider's work, then an end. */
export const referralStatusSchema = z.enum(["draft", "sent", "in-progress", "completed", "withdrawn"]);
export type ReferralStatus = z.infer<typeof referralStatusSchema>;

export const referralStatusLabels: Record<ReferralStatus, string> = {
  draft: "Draft",
  sent: "Sent",
  "in-progress": "In progress",
  completed: "Completed",
  withdrawn: "Withdrawn",
};

/** What can happen to a referral. */
export type ReferralEvent =
  | "edit-draft"
  | "send"
  | "assign"
  | "record-first-contact"
  | "book-assessment"
  | "record-assessment"
  | "submit-action-plan"
  | "review-action-plan"
  | "schedule-session"
  | "reschedule-session"
  | "record-session"
  | "add-note"
  | "submit-end-of-service-report"
  | "complete"
  | "withdraw"
  | "amend"
  | "restrict"
  | "mark-feedback-seen";

const open: ReferralStatus[] = ["sent", "in-progress"];

/** The statuses in which each event may happen. */
const allowedFrom: Record<ReferralEvent, ReferralStatus[]> = {
  "edit-draft": ["draft"],
  send: ["draft"],
  assign: open,
  "record-first-contact": open,
  "book-assessment": open,
  "record-assessment": open,
  // The work proper starts with the initial assessment: the plan and sessions come after it (the
  // plan's handler refuses an open referral without an assessment with a 422 that says so).
  "submit-action-plan": open,
  "review-action-plan": ["in-progress"],
  "schedule-session": ["in-progress"],
  "reschedule-session": ["in-progress"],
  "record-session": ["in-progress"],
  "add-note": ["sent", "in-progress", "completed", "withdrawn"],
  // A referral closed early after it started still owes an end-of-service report.
  "submit-end-of-service-report": ["in-progress", "withdrawn"],
  complete: ["in-progress"],
  withdraw: open,
  // Closed referrals are refused by the amendment's handler with a 422 that says why.
  amend: ["sent", "in-progress", "completed", "withdrawn"],
  // A person may be restricted whatever becomes of any one referral of theirs.
  restrict: ["draft", "sent", "in-progress", "completed", "withdrawn"],
  "mark-feedback-seen": ["in-progress", "completed", "withdrawn"],
};

/** Whether `event` may happen to a referral in `status`. */
export function canHappen(status: ReferralStatus, event: ReferralEvent): boolean {
  return allowedFrom[event].includes(status);
}

/** The status after `event`, for the events that change it; otherwise the same status. */
export function statusAfter(
  status: ReferralStatus,
  event: ReferralEvent,
  detail: { assessmentAttended?: boolean } = {},
): ReferralStatus {
  if (!canHappen(status, event)) throw new Error(`A ${status} referral cannot ${event}`);
  switch (event) {
    case "send":
      return "sent";
    case "record-assessment":
      return detail.assessmentAttended ? "in-progress" : status;
    case "complete":
      return "completed";
    case "withdraw":
      return "withdrawn";
    default:
      return status;
  }
}

/** Whether the referral is still with the provider (the inbox's "open" tabs). */
export const isOpen = (status: ReferralStatus): boolean => open.includes(status);
