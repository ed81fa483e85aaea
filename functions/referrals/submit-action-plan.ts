import { httpHandler } from "../platform/http/handler.ts";
import { ruleBroken } from "../platform/http/problems.ts";
import { changeReferral, personOf } from "./access.ts";
import { submitActionPlanRoute } from "./routes.ts";

/**
 * Submits the next version of the action plan. Plans are approved on submission, so a new version may
 * add sessions but never drop below the sessions of an approved one (or below those already booked).
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
    update: (r, at) => ({
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
    }),
    audit: (r) => ({
      action: r.actionPlans.length ? "action-plan-revised" : "action-plan-submitted",
      details: { planVersion: r.actionPlans.length + 1, sessions: body.sessions },
    }),
  }),
);
