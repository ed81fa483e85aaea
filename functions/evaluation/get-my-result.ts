import { submittedStatuses } from "#shared/bids/bid.ts";
import type { ProviderResult } from "#shared/evaluation/evaluation.ts";
import { findBid, submittedBids } from "../bids/index.ts";
import { visibleOpportunity } from "../opportunities/index.ts";
import { httpHandler } from "../platform/http/handler.ts";
import { notFound } from "../platform/http/problems.ts";

import { answerLabels, presentResults } from "./present.ts";
import { loadEvaluation } from "./repository.ts";
import { getMyResultRoute } from "./routes.ts";

/**
 * A bidder's own result once the outcome is decided: its moderated scores with the moderator's
 * rationale as feedback, and the winning total(s) — never another bidder's scores or identity.
 */
export const handler = httpHandler(getMyResultRoute, async ({ principal, params }) => {
  const { opportunity } = await visibleOpportunity(principal, params.opportunityId);
  const own = principal.organisationId ? await findBid(opportunity.id, principal.organisationId) : undefined;
  if (!own || !submittedStatuses.includes(own.status)) throw notFound();
  const data = await loadEvaluation(opportunity.id);
  const record = data.record;
  if (!record || record.state === "evaluating" || !record.decidedAt) {
    throw notFound("The outcome of this competition has not been decided yet.");
  }
  const results = presentResults(opportunity, data, await submittedBids(opportunity.id));
  const mine = results.ranking.find((r) => r.organisationId === own.organisationId);
  const moderation = data.moderations.get(own.organisationId);
  const awarded = record.awardedOrganisationIds ?? [];
  const outcome: ProviderResult["outcome"] =
    record.state === "cancelled"
      ? "cancelled"
      : record.state === "unsuccessful"
        ? "unsuccessful"
        : awarded.includes(own.organisationId)
          ? "awarded"
          : "not-awarded";
  return {
    opportunityId: opportunity.id,
    opportunityTitle: opportunity.title,
    outcome,
    ...(record.decisionReason ? { reason: record.decisionReason } : {}),
    decidedAt: record.decidedAt,
    ...(record.standstillEndsAt ? { standstillEndsAt: record.standstillEndsAt } : {}),
    ...(mine && moderation
      ? {
          yourResult: {
            total: mine.total,
            passesQualityThreshold: mine.passesQualityThreshold,
            qualityScore: mine.qualityScore,
            socialValueScore: mine.socialValueScore,
            priceScore: mine.priceScore,
            weightedPricePence: mine.weightedPricePence,
            answers: answerLabels(opportunity).map((a) => {
              const line =
                a.id === "social-value" ? mine.socialValue : mine.quality.find((q) => q.id === a.id);
              const moderated = a.id === "social-value" ? moderation.socialValue : moderation.answers[a.id];
              return {
                ...a,
                score: line?.moderated ?? 0,
                points: line?.points ?? 0,
                feedback: moderated?.rationale ?? "",
              };
            }),
          },
        }
      : {}),
    winningTotals: results.ranking.filter((r) => awarded.includes(r.organisationId)).map((r) => r.total),
  };
});
