import { maxPlanSessions, planSessionLimitText } from "#shared/referrals/action-plan.ts";
import { findIntervention } from "../contracts/index.ts";
import { httpHandler } from "../platform/http/handler.ts";
import { ruleBroken } from "../platform/http/problems.ts";
import { changeReferral, personOf } from "./access.ts";
import { submitActionPlanRoute } from "./delivery-routes.ts";

/**
 * Submits the next version of the action plan. Plans are approved on submission, so a new version may
 * add sessions but never drop below the sessions of an approved one (or below those already booked),
 * and never go beyond what the contracted intervention states for its tier, with its tolerance.
 */
export const handler = httpHandler(submitActionPlanRoute, async ({ principal, params, body }) =>
  changeReferral({
    principal,
    referralId: params.referralId,
    version: body.version,
    event: "submit-action-plan",
    check: (r) => {
      const approved = Math.max(0, ...r.actionPlans.map((p) => p.sessions));
      if (body.sessions < approved)
        throw ruleBroken(
          `The action plan must have at least ${approved} sessions: an approved version already has ${approved}.`,
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
            approvedAt: at,
          },
        ],
      };
    },
    audit: (r) => ({
      action: r.actionPlans.length ? "action-plan-revised" : "action-plan-submitted",
      details: { planVersion: r.actionPlans.length + 1, sessions: body.sessions },
    }),
  }),
);
