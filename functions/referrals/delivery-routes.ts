import * as z from "zod";
import {
  actionPlanInputSchema,
  assessmentOutcomeInputSchema,
  assignInputSchema,
  bookAssessmentInputSchema,
  endOfServiceReportInputSchema,
  rescheduleSessionInputSchema,
  firstContactInputSchema,
  scheduleSessionInputSchema,
  sessionFeedbackInputSchema,
  versionInputSchema,
  withdrawInputSchema,
} from "#shared/referrals/delivery.ts";
import { actionPlanReviewInputSchema } from "#shared/referrals/action-plan.ts";
import { both, context, ok, officer, provider, referralParams } from "./route-parts.ts";

/* The provider's delivery of a referral (and its withdrawal): one POST action per step. */

/** A POST action on one referral, answered with the referral. */
export const action = <
  B extends z.ZodType,
  A extends typeof officer | typeof provider | typeof both = typeof provider,
>(
  operationId: string,
  path: string,
  handler: string,
  summary: string,
  body: B,
  access: A = provider as A,
) =>
  ({
    operationId,
    method: "POST",
    path: `/api/referrals/{referralId}/${path}`,
    summary,
    context,
    handler: `referrals/${handler}.ts`,
    access,
    // A provider acts on a referral only as a caseworker of their organisation (ADR 0025).
    memberRole: "caseworker",
    request: { params: referralParams, body },
    response: ok("The referral"),
    grants: { table: "readwrite" },
  }) as const;

export const assignRoute = action(
  "assignReferral",
  "assign",
  "assign",
  "Assign a caseworker",
  assignInputSchema,
);
export const firstContactRoute = action(
  "recordFirstContact",
  "first-contact",
  "record-first-contact",
  "Record the first contact with the person",
  firstContactInputSchema,
);
export const bookAssessmentRoute = action(
  "bookAssessment",
  "assessment",
  "book-assessment",
  "Book the initial assessment, or reschedule it (who asked and why)",
  bookAssessmentInputSchema,
);
export const recordAssessmentRoute = action(
  "recordAssessment",
  "assessment/outcome",
  "record-assessment",
  "Record whether the initial assessment happened; attended starts the intervention",
  assessmentOutcomeInputSchema,
);
export const submitActionPlanRoute = action(
  "submitActionPlan",
  "action-plan",
  "submit-action-plan",
  "Submit a version of the action plan for the responsible officer's approval (only after the initial assessment)",
  actionPlanInputSchema,
);
export const reviewActionPlanRoute = action(
  "reviewActionPlan",
  "action-plan/review",
  "review-action-plan",
  "Approve the action plan waiting for approval, or ask for changes with comments",
  actionPlanReviewInputSchema,
  officer,
);
export const scheduleSessionRoute = action(
  "scheduleSession",
  "sessions",
  "schedule-session",
  "Schedule the next session",
  scheduleSessionInputSchema,
);
const sessionParams = referralParams.extend({
  sessionNumber: z.coerce.number({ message: "Not a session" }).int().min(1).max(100),
});
export const recordSessionRoute = {
  ...action(
    "recordSession",
    "sessions/{sessionNumber}/feedback",
    "record-session",
    "Record attendance and feedback for a session; a flagged concern notifies the officer",
    sessionFeedbackInputSchema,
  ),
  path: "/api/referrals/{referralId}/sessions/{sessionNumber}/feedback",
  request: { params: sessionParams, body: sessionFeedbackInputSchema },
} as const;
export const rescheduleSessionRoute = {
  ...action(
    "rescheduleSession",
    "sessions/{sessionNumber}/reschedule",
    "reschedule-session",
    "Move a session not yet recorded, saying who asked and why",
    rescheduleSessionInputSchema,
  ),
  path: "/api/referrals/{referralId}/sessions/{sessionNumber}/reschedule",
  request: { params: sessionParams, body: rescheduleSessionInputSchema },
} as const;
export const endOfServiceReportRoute = action(
  "submitEndOfServiceReport",
  "end-of-service-report",
  "submit-end-of-service-report",
  "Submit the end-of-service report: how each desired outcome went",
  endOfServiceReportInputSchema,
);
export const completeRoute = action(
  "completeReferral",
  "complete",
  "complete",
  "Complete a started referral (its end-of-service report must be in)",
  versionInputSchema,
);
export const withdrawRoute = action(
  "withdrawReferral",
  "withdraw",
  "withdraw",
  "Withdraw the referral or close it early, with a reason",
  withdrawInputSchema,
  officer,
);
