import { submittedStatuses } from "#shared/bids/bid.ts";
import { findBid } from "../bids/index.ts";
import { requireAllowed } from "./lifecycle.ts";
import { httpHandler } from "../platform/http/handler.ts";
import { notFound } from "../platform/http/problems.ts";
import { conflicted, evaluationFor, isLead, onPanel } from "./access.ts";
import { presentModeration } from "./present.ts";
import { getBidScoresRoute } from "./routes.ts";

/**
 * Every evaluator's scores for a bid. An evaluator sees them only after submitting their own for that
 * bid — before then (or if conflicted) the scores do not exist for them (404). The lead always sees them.
 */
export const handler = httpHandler(getBidScoresRoute, async ({ principal, params }) => {
  const { opportunity, data } = await evaluationFor(principal, params.opportunityId);
  requireAllowed(opportunity, data.record, "read-evaluation");
  if (onPanel(data, principal.userId)) {
    if (conflicted(data, principal.userId, params.organisationId) !== false) throw notFound();
    const submitted = data.sheets.some(
      (s) => s.organisationId === params.organisationId && s.evaluatorId === principal.userId,
    );
    if (!submitted) throw notFound();
  } else if (!isLead(principal, opportunity)) throw notFound();
  const bid = await findBid(opportunity.id, params.organisationId);
  if (!bid || !submittedStatuses.includes(bid.status)) throw notFound();
  return presentModeration(opportunity, data, bid);
});
