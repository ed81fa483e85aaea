import { now } from "../platform/clock.ts";
import { httpHandler } from "../platform/http/handler.ts";
import { ruleBroken } from "../platform/http/problems.ts";
import { commissionedOpportunity } from "./access.ts";
import { present } from "./present.ts";
import { saveOpportunity } from "./repository.ts";
import { cancelOpportunityRoute } from "./routes.ts";

/** Cancels an opportunity with a reason that bidders will see. */
export const handler = httpHandler(cancelOpportunityRoute, async ({ principal, params, body }) => {
  const before = await commissionedOpportunity(principal, params.opportunityId);
  if (before.state === "cancelled") throw ruleBroken("This opportunity is already cancelled.");
  const saved = await saveOpportunity(
    principal,
    before,
    { state: "cancelled", cancelledAt: now().toISOString(), cancelReason: body.reason },
    body.version,
    { action: "opportunity-cancelled", fromState: before.state, toState: "cancelled" },
  );
  return present(principal, saved);
});
