import { now } from "../platform/clock.ts";
import { httpHandler } from "../platform/http/handler.ts";
import { notFound, ruleBroken } from "../platform/http/problems.ts";
import { openForBidding } from "./access.ts";
import { changeBidStatus, findBid } from "./repository.ts";
import { withdrawBidRoute } from "./routes.ts";

/** Withdraws a submitted bid before the deadline; it can be resubmitted until then. */
export const handler = httpHandler(withdrawBidRoute, async ({ principal, params, body }) => {
  const { opportunity, organisation } = await openForBidding(principal, params.opportunityId, now());
  const bid = await findBid(opportunity.id, organisation.id);
  if (!bid) throw notFound("You have not started a bid for this opportunity.");
  if (bid.status !== "submitted") throw ruleBroken("Only a submitted bid can be withdrawn.");
  return changeBidStatus(principal, bid, "withdrawn", body.version);
});
