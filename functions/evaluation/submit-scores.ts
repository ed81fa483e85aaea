import { submittedStatuses } from "#shared/bids/bid.ts";
import { findBid } from "../bids/index.ts";
import { requireAllowed } from "./lifecycle.ts";
import { withStatus } from "../platform/http/handler.ts";
import { idempotentHandler } from "../platform/http/idempotent-handler.ts";
import { invalid, notFound, ruleBroken } from "../platform/http/problems.ts";
import { evaluationFor, requireEvaluatorOf } from "./access.ts";
import { saveSheet } from "./scores-repository.ts";
import { submitScoresRoute } from "./routes.ts";

/** An evaluator's independent scores for one bid: every quality answer and social value, once. */
export const handler = idempotentHandler(submitScoresRoute, async ({ principal, params, body }) => {
  const { opportunity, data } = await evaluationFor(principal, params.opportunityId);
  requireAllowed(opportunity, data.record, "evaluate");
  requireEvaluatorOf(principal, data, params.organisationId);
  if (data.record?.state !== "evaluating")
    throw ruleBroken("The evaluation of this competition has finished.");
  const bid = await findBid(opportunity.id, params.organisationId);
  if (!bid || !submittedStatuses.includes(bid.status)) throw notFound();
  const questions = opportunity.qualityQuestions ?? [];
  const errors = [
    ...questions.flatMap((q, i) =>
      body.answers[q.id]
        ? []
        : [{ path: `answers.${q.id}`, message: `Score the answer to question ${i + 1}` }],
    ),
    ...Object.keys(body.answers)
      .filter((id) => !questions.some((q) => q.id === id))
      .map((id) => ({ path: `answers.${id}`, message: "This opportunity has no such question" })),
  ];
  if (errors.length) throw invalid(errors);
  return withStatus(201, await saveSheet(principal, opportunity.id, bid.organisationId, body));
});
