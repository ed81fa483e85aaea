import { statusAfter } from "#shared/referrals/status.ts";
import { notificationItems } from "../notifications/index.ts";
import { httpHandler } from "../platform/http/handler.ts";
import { changeReferral, personOf, providerMaySee } from "./access.ts";
import { withdrawRoute } from "./delivery-routes.ts";

/** The officer (or a colleague in the PDU) withdraws the referral or closes it early, with a reason. */
export const handler = httpHandler(withdrawRoute, async ({ principal, params, body }) =>
  changeReferral({
    principal,
    referralId: params.referralId,
    version: body.version,
    event: "withdraw",
    update: (r, at) => ({
      ...r,
      status: statusAfter(r.status, "withdraw"),
      withdrawal: {
        reasonId: body.reasonId,
        ...(body.notes ? { notes: body.notes } : {}),
        at,
        by: personOf(principal),
      },
    }),
    audit: (r) => ({
      action: r.status === "in-progress" ? "referral-closed-early" : "referral-withdrawn",
      details: { reason: body.reasonId },
    }),
    extra: (r) =>
      providerMaySee(r)
        ? notificationItems(
            { organisationId: r.organisationId },
            {
              title: `Referral ${r.reference!} withdrawn`,
              body:
                r.status === "in-progress"
                  ? "The responsible officer closed this referral early. Submit the end-of-service report."
                  : "The responsible officer withdrew this referral.",
              href: `/provider/referrals/${r.id}`,
            },
          )
        : [],
  }),
);
