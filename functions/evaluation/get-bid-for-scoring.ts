import { findBid } from "../bids/index.ts";
import { requireAllowed } from "./lifecycle.ts";
import { httpHandler } from "../platform/http/handler.ts";
import { notFound } from "../platform/http/problems.ts";
import { evaluationFor, requireEvaluatorOf } from "./access.ts";
import { getBidForScoringRoute } from "./routes.ts";
import { submittedStatuses } from "#shared/bids/bid.ts";

/**
 * The answers an evaluator scores. Prices are left out: quality is scored blind to price, which the
 * rules score separately. A conflicted evaluator gets 404, as if the bid did not exist.
 */
export const handler = httpHandler(getBidForScoringRoute, async ({ principal, params }) => {
  const { opportunity, data } = await evaluationFor(principal, params.opportunityId);
  requireAllowed(opportunity, data.record, "read-evaluation");
  requireEvaluatorOf(principal, data, params.organisationId);
  const bid = await findBid(opportunity.id, params.organisationId);
  if (!bid || !submittedStatuses.includes(bid.status)) throw notFound();
  const mine = data.sheets.find(
    (s) => s.organisationId === bid.organisationId && s.evaluatorId === principal.userId,
  );
  return {
    opportunityId: opportunity.id,
    organisationId: bid.organisationId,
    organisationName: bid.organisationName,
    questions: (opportunity.qualityQuestions ?? []).map((q) => ({
      id: q.id,
      text: q.text,
      weight: q.weight,
    })),
    socialValueWeight: opportunity.socialValueWeight ?? 0,
    qualityAnswers: bid.content.qualityAnswers,
    socialValueAnswer: bid.content.socialValueAnswer,
    ...(mine ? { mySheet: mine } : {}),
  };
});
