import { submittedBids } from "../bids/index.ts";
import { httpHandler } from "../platform/http/handler.ts";
import { notFound } from "../platform/http/problems.ts";
import { evaluationFor, isLead, onPanel, requireClosed } from "./access.ts";
import { presentEvaluation } from "./present.ts";
import { getEvaluationRoute } from "./routes.ts";

/** The evaluation for its lead and panel; anyone else in the region sees nothing (404). */
export const handler = httpHandler(getEvaluationRoute, async ({ principal, params }) => {
  const { opportunity, data } = await evaluationFor(principal, params.opportunityId);
  if (!isLead(principal, opportunity) && !onPanel(data, principal.userId)) throw notFound();
  requireClosed(opportunity);
  return presentEvaluation(principal, opportunity, data, await submittedBids(opportunity.id));
});
