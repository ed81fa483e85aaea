import { statusAfter } from "#shared/referrals/status.ts";
import { httpHandler } from "../platform/http/handler.ts";
import { ruleBroken } from "../platform/http/problems.ts";
import { changeReferral } from "./access.ts";
import { completeRoute } from "./delivery-routes.ts";

/** Completes a started referral; without its end-of-service report that is refused (422). */
export const handler = httpHandler(completeRoute, async ({ principal, params, body }) =>
  changeReferral({
    principal,
    referralId: params.referralId,
    version: body.version,
    event: "complete",
    check: (r) => {
      if (!r.endOfServiceReport)
        throw ruleBroken("Submit the end-of-service report before you complete the referral.");
    },
    update: (r, at) => ({ ...r, status: statusAfter(r.status, "complete"), completedAt: at }),
    audit: () => ({ action: "referral-completed" }),
  }),
);
