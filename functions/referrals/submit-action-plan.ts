import {
  maxPlanSessions,
  planApprovalWorkingDays,
  planSessionLimitText,
} from "#shared/referrals/action-plan.ts";
import { addWorkingDays } from "#shared/time/index.ts";
import { findIntervention } from "../contracts/index.ts";
import { notificationItems, outboxPut } from "../notifications/index.ts";
import { httpHandler } from "../platform/http/handler.ts";
import { ruleBroken } from "../platform/http/problems.ts";
import { changeReferral, personOf } from "./access.ts";
import { submitActionPlanRoute } from "./delivery-routes.ts";

/**
 * Submits a version of the action plan for the responsible officer's approval (due in 5 working
 * days). Only once the initial assessment has happened, never while another version waits, never
 * below the sessions already booked and never beyond what the contracted intervention states for its
 * tier, with its tolerance (ADR 0026, superseding 0016's approval on submission).
 */
export const handler = httpHandler(submitActionPlanRoute, async ({ principal, params, body }) =>
  changeReferral({
    principal,
    referralId: params.referralId,
    version: body.version,
    event: "submit-action-plan",
    check: (r) => {
      if (!r.assessment?.completedAt)
        throw ruleBroken(
          "You can submit an action plan once the initial assessment has happened and been recorded.",
          "assessment-first",
        );
      const waiting = r.actionPlans.find((p) => p.status === "awaiting-approval");
      if (waiting)
        throw ruleBroken(
          `Version ${waiting.version} of the action plan is waiting for the responsible officer's approval. Wait for their decision before you submit another.`,
          "plan-waiting",
        );
      if (body.sessions < r.sessions.length)
        throw ruleBroken(
          `The action plan must have at least ${r.sessions.length} sessions: that many are already scheduled.`,
        );
    },
    update: async (r, at) => {
      const intervention = await findIntervention(r.interventionId);
      const contracted = intervention?.sessions ?? 0;
      if (contracted > 0 && body.sessions > maxPlanSessions(contracted))
        throw ruleBroken(
          `The action plan can have ${planSessionLimitText(contracted)}. Enter ${maxPlanSessions(contracted)} or fewer.`,
          "too-many-sessions",
        );
      return {
        ...r,
        actionPlans: [
          ...r.actionPlans,
          {
            version: r.actionPlans.length + 1,
            activities: body.activities,
            sessions: body.sessions,
            submittedAt: at,
            submittedBy: personOf(principal),
            status: "awaiting-approval",
            approvalDueAt: addWorkingDays(new Date(at), planApprovalWorkingDays).toISOString(),
          },
        ],
      };
    },
    audit: (r) => ({
      action: r.actionPlans.length ? "action-plan-revised" : "action-plan-submitted",
      details: { planVersion: r.actionPlans.length + 1, sessions: body.sessions },
    }),
    extra: (r, next) => {
      const plan = next.actionPlans.at(-1)!;
      const title = `Action plan to approve on referral ${r.reference!}`;
      const words = `${r.organisationName} submitted version ${plan.version} of the action plan (${plan.sessions} sessions). Approve it or ask for changes within ${planApprovalWorkingDays} working days.`;
      return [
        ...notificationItems(
          { userId: r.officer.userId },
          { title, body: words, href: `/referrals/${r.id}/action-plan` },
        ),
        ...(r.officerEmail
          ? [
              outboxPut({
                to: [r.officerEmail],
                subject: title,
                body: `${words} Sign in to the Dynamic Framework Portal to review it.`,
              }),
            ]
          : []),
      ];
    },
  }),
);
