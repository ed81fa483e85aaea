import { panelMayReadBid } from "../evaluation/access.ts";
import { loadEvaluation } from "../evaluation/repository.ts";
import { commissionedOpportunity } from "../opportunities/access.ts";
import { httpHandler } from "../platform/http/handler.ts";
import { countSubmittedBids, listSubmittedBids } from "./repository.ts";
import { listBidsRoute } from "./routes.ts";
import { isSealed } from "./sealed.ts";

/** Sealed bids: before the deadline only the count leaves the table. */
export const handler = httpHandler(listBidsRoute, async ({ principal, params, query }) => {
  const opportunity = await commissionedOpportunity(principal, params.opportunityId);
  const submittedCount = await countSubmittedBids(opportunity.id);
  if (isSealed(opportunity)) return { sealed: true, submittedCount, items: [] };
  const page = await listSubmittedBids(opportunity.id, query.limit, query.cursor);
  // Evaluators see only the bids they may read: after declaring, and none they are conflicted with.
  const evaluation = await loadEvaluation(opportunity.id);
  const items = page.items.filter((bid) => panelMayReadBid(principal, evaluation, bid.organisationId));
  return { sealed: false, submittedCount, ...page, items };
});
