import { now } from "../platform/clock.ts";
import { httpHandler } from "../platform/http/handler.ts";
import { visibleReferral } from "./access.ts";
import { auditRead } from "./repository.ts";
import { getReferralRoute } from "./routes.ts";
import { present } from "./stored.ts";

/** One referral for someone allowed to see it (else 404); the read itself is audited. */
export const handler = httpHandler(getReferralRoute, async ({ principal, params }) => {
  const referral = await visibleReferral(principal, params.referralId);
  await auditRead(principal, referral.id, "referral-viewed");
  return present(referral, now());
});
