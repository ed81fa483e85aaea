import { httpHandler } from "../platform/http/handler.ts";
import { visibleReferral } from "./access.ts";
import { listChangesRoute } from "./amendment-routes.ts";
import { listChanges } from "./changes.ts";
import { auditRead } from "./repository.ts";

/** A referral's changelog, oldest first, for its officer (and PDU) and its provider; the read is audited. */
export const handler = httpHandler(listChangesRoute, async ({ principal, params, query }) => {
  await visibleReferral(principal, params.referralId);
  const page = await listChanges(params.referralId, query.limit, query.cursor);
  await auditRead(principal, params.referralId, "referral-changes-viewed");
  return page;
});
