import { admittedOrganisation, visibleOpportunity } from "../opportunities/index.ts";
import { httpHandler } from "../platform/http/handler.ts";
import { findBid } from "./repository.ts";
import { getMyBidRoute } from "./routes.ts";

/**
 * The provider's own bid, or null until it has saved one: not having bid yet is an answer, not a
 * missing resource, so the opportunity page asks without a 404 in the browser's console.
 */
export const handler = httpHandler(getMyBidRoute, async ({ principal, params }) => {
  const organisation = await admittedOrganisation(principal);
  await visibleOpportunity(principal, params.opportunityId);
  const bid = await findBid(params.opportunityId, organisation.id);
  return bid ?? null;
});
