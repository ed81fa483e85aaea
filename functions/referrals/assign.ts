import { httpHandler } from "../platform/http/handler.ts";
import { invalid } from "../platform/http/problems.ts";
import { changeReferral } from "./access.ts";
import { listCaseworkers } from "./caseworkers.ts";
import { assignRoute } from "./delivery-routes.ts";

/** Assigns (or reassigns) the referral to a caseworker of the provider's own organisation. */
export const handler = httpHandler(assignRoute, async ({ principal, params, body }) => {
  const caseworkers = await listCaseworkers(principal.organisationId ?? "");
  const chosen = caseworkers.find((c) => c.userId === body.caseworkerId);
  return changeReferral({
    principal,
    referralId: params.referralId,
    version: body.version,
    event: "assign",
    // Checked only once the referral is known to be the caller's: anyone else's is 404, whatever they sent.
    check: () => {
      if (!chosen)
        throw invalid([{ path: "caseworkerId", message: "Select a caseworker from your organisation" }]);
    },
    update: (r) => ({ ...r, caseworker: { userId: chosen!.userId, name: chosen!.name } }),
    audit: (r) => ({
      action: r.caseworker ? "caseworker-reassigned" : "caseworker-assigned",
      details: { caseworkerId: chosen!.userId },
    }),
  });
});
