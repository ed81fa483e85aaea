import { submittedStatuses } from "#shared/bids/bid.ts";
import { findBid } from "../bids/index.ts";
import { requireAllowed } from "./lifecycle.ts";
import { httpHandler } from "../platform/http/handler.ts";
import { invalid, notFound, ruleBroken } from "../platform/http/problems.ts";
import { evaluationFor, expectedScorers, requireLead, sheetsFor } from "./access.ts";
import { saveModeration } from "./scores-repository.ts";
import { moderateBidRoute } from "./routes.ts";

/** The lead records the moderated score and rationale for every answer, once all the sheets are in. */
export const handler = httpHandler(moderateBidRoute, async ({ principal, params, body }) => {
  const { opportunity, data } = await evaluationFor(principal, params.opportunityId);
  requireLead(principal, opportunity);
  requireAllowed(opportunity, data.record, "evaluate");
  if (data.record?.state !== "evaluating")
    throw ruleBroken("The evaluation of this competition has finished.");
  const bid = await findBid(opportunity.id, params.organisationId);
  if (!bid || !submittedStatuses.includes(bid.status)) throw notFound();
  const expected = expectedScorers(data, bid.organisationId);
  const waiting = expected.filter(
    (m) => !sheetsFor(data, bid.organisationId).some((s) => s.evaluatorId === m.userId),
  );
  if (expected.length === 0)
    throw ruleBroken("No evaluator on the panel can score this bid. Add an evaluator without a conflict.");
  if (waiting.length) {
    throw ruleBroken(
      `Moderation can start once every evaluator has scored this bid. Waiting for ${waiting.map((m) => m.name).join(", ")}.`,
    );
  }
  const questions = opportunity.qualityQuestions ?? [];
  const errors = [
    ...questions.flatMap((q, i) =>
      body.answers[q.id]
        ? []
        : [{ path: `answers.${q.id}`, message: `Moderate the answer to question ${i + 1}` }],
    ),
    ...Object.keys(body.answers)
      .filter((id) => !questions.some((q) => q.id === id))
      .map((id) => ({ path: `answers.${id}`, message: "This opportunity has no such question" })),
  ];
  if (errors.length) throw invalid(errors);
  return saveModeration(principal, opportunity.id, bid.organisationId, body);
});
