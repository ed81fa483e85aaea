import { notificationItems } from "../notifications/index.ts";
import { httpHandler } from "../platform/http/handler.ts";
import { notFound, ruleBroken } from "../platform/http/problems.ts";
import { changeReferral, personOf } from "./access.ts";
import { reviewActionPlanRoute } from "./delivery-routes.ts";
import { caseworkerEmail } from "./provider-recipients.ts";
import { outboxPut } from "../notifications/index.ts";

/**
 * The responsible officer approves the version of the action plan waiting for approval, or asks for
 * changes with comments; the provider is told either way. Only the version waiting can be decided.
 */
export const handler = httpHandler(reviewActionPlanRoute, async ({ principal, params, body }) => {
  let emails: string[] = [];
  return changeReferral({
    principal,
    referralId: params.referralId,
    version: body.version,
    event: "review-action-plan",
    check: (r) => {
      const plan = r.actionPlans.find((p) => p.version === body.planVersion);
      if (!plan) throw notFound("There is no such version of the action plan on this referral.");
      if (plan.status !== "awaiting-approval")
        throw ruleBroken(
          `Version ${plan.version} of the action plan has already been decided. Only a version waiting for approval can be approved or sent back.`,
          "plan-decided",
        );
    },
    update: async (r, at) => {
      emails = await caseworkerEmail(r);
      const approve = body.decision === "approve";
      return {
        ...r,
        actionPlans: r.actionPlans.map((p) =>
          p.version === body.planVersion
            ? {
                ...p,
                status: approve ? ("approved" as const) : ("changes-requested" as const),
                ...(approve ? { approvedAt: at } : {}),
                review: {
                  decision: body.decision,
                  ...(body.comments ? { comments: body.comments } : {}),
                  at,
                  by: personOf(principal),
                },
              }
            : p,
        ),
      };
    },
    audit: () => ({
      action: body.decision === "approve" ? "action-plan-approved" : "action-plan-changes-requested",
      details: { planVersion: body.planVersion },
    }),
    extra: (r) => {
      const title =
        body.decision === "approve"
          ? `Action plan approved on referral ${r.reference!}`
          : `Changes asked for on the action plan of referral ${r.reference!}`;
      const words =
        body.decision === "approve"
          ? `${principal.name} approved version ${body.planVersion} of the action plan. You can schedule its sessions.`
          : `${principal.name} asked for changes to version ${body.planVersion} of the action plan. Read the comments and submit a new version.`;
      return [
        ...notificationItems(
          { organisationId: r.organisationId },
          { title, body: words, href: `/provider/referrals/${r.id}` },
        ),
        ...(emails.length
          ? [
              outboxPut({
                to: emails,
                subject: title,
                body: `${words} Sign in to the Dynamic Framework Portal to see it.`,
              }),
            ]
          : []),
      ];
    },
  });
});
