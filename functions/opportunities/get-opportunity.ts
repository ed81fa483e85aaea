import { findEvaluationRecord, lifecycleOf } from "../evaluation/index.ts";
import { httpHandler } from "../platform/http/handler.ts";
import { visibleOpportunity } from "./access.ts";
import { present } from "./present.ts";
import { getOpportunityRoute } from "./routes.ts";

/** One opportunity, as far as the caller may see it, with where its competition stands. */
export const handler = httpHandler(getOpportunityRoute, async ({ principal, params }) => {
  const { opportunity } = await visibleOpportunity(principal, params.opportunityId);
  const record = opportunity.publishedAt ? await findEvaluationRecord(opportunity.id) : undefined;
  return { ...present(principal, opportunity), lifecycle: lifecycleOf(opportunity, record) };
});
