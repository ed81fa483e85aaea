import type { Bid } from "#shared/bids/bid.ts";
import type { AssessmentSummary } from "#shared/notices/summary.ts";
import type { StoredOpportunity } from "../opportunities/index.ts";
import { answerLabels, presentResults } from "./present.ts";
import type { EvaluationData } from "./repository.ts";

/**
 * The scores part of one bidder's assessment summary (s.50), from the same working as its result page:
 * its own moderated scores and rationale beside the winning bid's. Undefined if it has no result.
 */
export const assessmentSummaryOf = (
  opportunity: StoredOpportunity,
  data: EvaluationData,
  bids: Bid[],
  organisationId: string,
): Omit<AssessmentSummary, "sentAt" | "standstillEndsAt" | "questions"> | undefined => {
  const results = presentResults(opportunity, data, bids);
  const awarded = data.record?.awardedOrganisationIds ?? [];
  // Ranking is best first: the winning bid is the best-ranked awarded one.
  const winner = results.ranking.find((r) => awarded.includes(r.organisationId));
  const mine = results.ranking.find((r) => r.organisationId === organisationId);
  if (!winner || !mine) return undefined;
  const reasons = (org: string, id: string) => {
    const m = data.moderations.get(org);
    return (id === "social-value" ? m?.socialValue : m?.answers[id])?.rationale ?? "";
  };
  const line = (r: typeof mine, id: string) =>
    id === "social-value" ? r.socialValue : r.quality.find((q) => q.id === id);
  return {
    opportunityId: opportunity.id,
    opportunityTitle: opportunity.title,
    organisationId,
    organisationName: mine.organisationName,
    outcome: awarded.includes(organisationId) ? "awarded" : "not-awarded",
    criteria: answerLabels(opportunity).map((a) => ({
      id: a.id,
      label: a.label,
      weight: a.weight,
      yourScore: line(mine, a.id)?.moderated ?? 0,
      yourPoints: line(mine, a.id)?.points ?? 0,
      yourReasons: reasons(organisationId, a.id),
      winningScore: line(winner, a.id)?.moderated ?? 0,
      winningPoints: line(winner, a.id)?.points ?? 0,
      winningReasons: reasons(winner.organisationId, a.id),
    })),
    yourPriceScore: mine.priceScore,
    winningPriceScore: winner.priceScore,
    yourTotal: mine.total,
    winningTotal: winner.total,
  };
};
