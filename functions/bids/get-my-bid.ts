import { admittedOrganisation, visibleOpportunity } from "../opportunities/access.ts";
import { httpHandler } from "../platform/http/handler.ts";
import { notFound } from "../platform/http/problems.ts";
import { findBid } from "./repository.ts";
import { getMyBidRoute } from "./routes.ts";

/** The provider's own bid (404 until it has saved one). */
export const handler = httpHandler(getMyBidRoute, async ({ principal, params }) => {
  const organisation = await admittedOrganisation(principal);
  await visibleOpportunity(principal, params.opportunityId);
  const bid = await findBid(params.opportunityId, organisation.id);
  if (!bid) throw notFound("You have not started a bid for this opportunity.");
  return bid;
});
