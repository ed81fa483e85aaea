import { panelMayReadBid, loadEvaluation } from "../evaluation/index.ts";
import { commissionedOpportunity } from "../opportunities/index.ts";
import { httpHandler } from "../platform/http/handler.ts";
import { countSubmittedBids, listSubmittedBids } from "./repository.ts";
import { listBidsRoute } from "./routes.ts";
import { isSealed } from "./sealed.ts";

/**
 * Sealed bids: before the deadline only the count leaves the table; after it, who bid and when. Content
 * is never listed: each bid is read on its own, by a panel member who has declared (`canRead`).
 */
export const handler = httpHandler(listBidsRoute, async ({ principal, params, query }) => {
  const opportunity = await commissionedOpportunity(principal, params.opportunityId);
  const submittedCount = await countSubmittedBids(opportunity.id);
  if (isSealed(opportunity)) return { sealed: true, submittedCount, items: [] };
  const page = await listSubmittedBids(opportunity.id, query.limit, query.cursor);
  const evaluation = await loadEvaluation(opportunity.id);
  const items = page.items.map((bid) => ({
    opportunityId: bid.opportunityId,
    organisationId: bid.organisationId,
    organisationName: bid.organisationName,
    status: bid.status,
    ...(bid.submittedAt ? { submittedAt: bid.submittedAt } : {}),
    canRead: panelMayReadBid(principal, evaluation, bid.organisationId),
  }));
  return { sealed: false, submittedCount, ...page, items };
});
