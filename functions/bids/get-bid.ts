import { submittedStatuses } from "#shared/bids/bid.ts";
import { panelMayReadBid } from "../evaluation/access.ts";
import { loadEvaluation } from "../evaluation/repository.ts";
import { commissionedOpportunity } from "../opportunities/access.ts";
import { httpHandler } from "../platform/http/handler.ts";
import { notFound } from "../platform/http/problems.ts";
import { findBid } from "./repository.ts";
import { getBidRoute } from "./routes.ts";
import { isSealed } from "./sealed.ts";

/** One bid: commissioners of the region see submitted bids only once the deadline has passed (404 before). */
export const handler = httpHandler(getBidRoute, async ({ principal, params }) => {
  if (principal.role === "provider") {
    // A provider reads only its own bid; any other organisation's looks like nothing at all.
    const own =
      params.organisationId === principal.organisationId
        ? await findBid(params.opportunityId, params.organisationId)
        : undefined;
    if (!own) throw notFound();
    return own;
  }
  const opportunity = await commissionedOpportunity(principal, params.opportunityId);
  if (isSealed(opportunity)) throw notFound();
  // An evaluator reads bids only after declaring, and never one they have a conflict with.
  if (!panelMayReadBid(principal, await loadEvaluation(opportunity.id), params.organisationId))
    throw notFound();
  const bid = await findBid(opportunity.id, params.organisationId);
  if (!bid || !submittedStatuses.includes(bid.status)) throw notFound();
  return bid;
});
