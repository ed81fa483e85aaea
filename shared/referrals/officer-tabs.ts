import * as z from "zod";
import type { PlanStatus } from "./action-plan.ts";
import type { ReferralStatus } from "./status.ts";

/**
 * The officers' dashboard tabs (issue 17 item 6). Each referral is in exactly one, so each tab is one
 * index partition: a plan waiting for the officer's approval comes first (the officer must act), then
 * a sent referral no caseworker has taken, then the rest of the open ones.
 */
export const officerTabSchema = z.enum(["unassigned", "open", "plans", "completed", "cancelled", "drafts"], {
  message: "Select unassigned, open, plans to approve, completed, cancelled or draft referrals",
});
export type OfficerTab = z.infer<typeof officerTabSchema>;

export const officerTabLabels: Record<OfficerTab, string> = {
  unassigned: "Unassigned",
  open: "Open",
  plans: "Plans to approve",
  completed: "Completed",
  cancelled: "Cancelled",
  drafts: "Drafts",
};

/** What each tab holds, said under the tabs. */
export const officerTabHints: Record<OfficerTab, string> = {
  unassigned: "Sent to the provider, with no caseworker yet.",
  open: "Sent and assigned to a caseworker, with nothing waiting for you.",
  plans: "Action plans waiting for your approval: approval is due within 5 working days.",
  completed: "The provider has completed the intervention.",
  cancelled: "Withdrawn before the intervention was completed.",
  drafts: "Not sent yet. Drafts are removed 90 days after they were started.",
};

/** Whose referrals: the officer's own, or every sent referral of their PDU. */
export const officerScopeSchema = z.enum(["mine", "pdu"], {
  message: "Select your referrals or your PDU's referrals",
});
export type OfficerScope = z.infer<typeof officerScopeSchema>;

/** The facts a referral's tab depends on. */
export interface TabFacts {
  status: ReferralStatus;
  caseworker?: { userId: string } | undefined;
  actionPlans: readonly { status: PlanStatus }[];
}

/** Whether a plan of the referral is waiting for the officer's approval. */
export const awaitingApproval = (r: Pick<TabFacts, "actionPlans">): boolean =>
  r.actionPlans.some((p) => p.status === "awaiting-approval");

/** The one tab a referral is listed under. */
export const officerTabOf = (r: TabFacts): OfficerTab => {
  if (r.status === "draft") return "drafts";
  if (r.status === "completed") return "completed";
  if (r.status === "withdrawn") return "cancelled";
  if (awaitingApproval(r)) return "plans";
  return r.caseworker ? "open" : "unassigned";
};
