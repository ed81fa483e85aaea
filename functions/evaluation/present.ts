import type { Principal } from "#shared/auth/principal.ts";
import type { Bid } from "#shared/bids/bid.ts";
import type { Evaluation, ModerationView, Results } from "#shared/evaluation/evaluation.ts";
import {
  type EvaluationModel,
  type ModeratedBid,
  rankBids,
  spread,
  wideSpread,
} from "#shared/evaluation/scoring.ts";
import type { StoredOpportunity } from "../opportunities/index.ts";
import { conflicted, expectedScorers, isLead, onPanel, sheetsFor } from "./access.ts";
import type { EvaluationData } from "./repository.ts";

/** How the opportunity scores bids. */
export const evaluationModel = (o: StoredOpportunity): EvaluationModel => ({
  questions: (o.qualityQuestions ?? []).map((q) => ({ id: q.id, weight: q.weight })),
  socialValueWeight: o.socialValueWeight ?? 0,
  priceWeight: o.priceWeight ?? 0,
  tiers: o.tiers ?? [],
  tierMix: o.tierMix,
  budgetCeilingPence: o.budgetCeilingPence,
  expectedReferralsPerYear: o.expectedReferralsPerYear,
  contractStart: o.contractStart,
  contractEnd: o.contractEnd,
});

const ownStatus = (data: EvaluationData, userId: string, organisationId: string) => {
  const conflict = conflicted(data, userId, organisationId);
  if (conflict === undefined) return "declare-first" as const;
  if (conflict) return "conflict" as const;
  return data.sheets.some((s) => s.organisationId === organisationId && s.evaluatorId === userId)
    ? ("scored" as const)
    : ("to-score" as const);
};

/** The evaluation as the caller may see it: the lead sees everyone's progress, an evaluator their own. */
export const presentEvaluation = (
  principal: Principal,
  opportunity: StoredOpportunity,
  data: EvaluationData,
  bids: Bid[],
): Evaluation => {
  const lead = isLead(principal, opportunity);
  const evaluator = onPanel(data, principal.userId);
  const record = data.record;
  return {
    opportunityId: opportunity.id,
    opportunityTitle: opportunity.title,
    leadUserId: opportunity.createdBy,
    youAreLead: lead,
    youAreEvaluator: evaluator,
    youHaveDeclared: data.declarations.has(principal.userId),
    // An opportunity cancelled before any panel existed has no evaluation record: it is cancelled all the same.
    state: opportunity.state === "cancelled" ? "cancelled" : (record?.state ?? "evaluating"),
    panel: (record?.panel ?? []).map((m) => ({ ...m, declared: data.declarations.has(m.userId) })),
    bids: bids.map((bid) => ({
      organisationId: bid.organisationId,
      organisationName: bid.organisationName,
      submittedAt: bid.submittedAt ?? bid.updatedAt,
      ...(evaluator ? { mine: ownStatus(data, principal.userId, bid.organisationId) } : {}),
      ...(lead
        ? {
            sheetsSubmitted: sheetsFor(data, bid.organisationId).length,
            sheetsExpected: expectedScorers(data, bid.organisationId).length,
            moderated: data.moderations.has(bid.organisationId),
          }
        : {}),
    })),
    ...(record?.awardedOrganisationIds ? { awardedOrganisationIds: record.awardedOrganisationIds } : {}),
    ...(record?.decisionReason
      ? { decisionReason: record.decisionReason }
      : opportunity.cancelReason
        ? { decisionReason: opportunity.cancelReason }
        : {}),
    ...(record?.decidedAt
      ? { decidedAt: record.decidedAt }
      : opportunity.cancelledAt
        ? { decidedAt: opportunity.cancelledAt }
        : {}),
    ...(record?.standstillEndsAt ? { standstillEndsAt: record.standstillEndsAt } : {}),
    ...(record?.contractsCreatedAt ? { contractsCreatedAt: record.contractsCreatedAt } : {}),
    version: record?.version ?? 0,
  };
};

/** Labels of the answers scored: each quality question, then social value. */
export const answerLabels = (o: StoredOpportunity) => [
  ...(o.qualityQuestions ?? []).map((q, i) => ({
    id: q.id,
    label: `Question ${i + 1}: ${q.text}`,
    weight: q.weight,
  })),
  { id: "social-value", label: "Social value", weight: o.socialValueWeight ?? 0 },
];

/** Every sheet for one bid side by side, per answer, with the spread and any moderated score. */
export const presentModeration = (
  opportunity: StoredOpportunity,
  data: EvaluationData,
  bid: Bid,
): ModerationView => {
  const sheets = sheetsFor(data, bid.organisationId);
  const moderation = data.moderations.get(bid.organisationId);
  return {
    organisationId: bid.organisationId,
    organisationName: bid.organisationName,
    answers: answerLabels(opportunity).map((answer) => {
      const scores = sheets.map((s) => {
        const line = answer.id === "social-value" ? s.socialValue : s.answers[answer.id];
        return {
          evaluatorId: s.evaluatorId,
          evaluatorName: s.evaluatorName,
          score: line?.score ?? 0,
          justification: line?.justification ?? "",
        };
      });
      const range = spread(scores.map((s) => s.score));
      const moderated =
        answer.id === "social-value" ? moderation?.socialValue : moderation?.answers[answer.id];
      return {
        ...answer,
        scores,
        spread: range,
        wideSpread: range >= wideSpread,
        ...(moderated ? { moderated } : {}),
      };
    }),
    sheetsSubmitted: sheets.length,
    sheetsExpected: expectedScorers(data, bid.organisationId).length,
    ...(moderation ? { moderation } : {}),
  };
};

/** A moderated bid as the scoring rules take it. */
const moderatedBid = (bid: Bid, data: EvaluationData): ModeratedBid | undefined => {
  const moderation = data.moderations.get(bid.organisationId);
  if (!moderation) return undefined;
  return {
    organisationId: bid.organisationId,
    organisationName: bid.organisationName,
    submittedAt: bid.submittedAt ?? bid.updatedAt,
    prices: Object.fromEntries(
      Object.entries(bid.content.offers).map(([tier, offer]) => [tier, offer?.pricePerReferralPence ?? 0]),
    ),
    quality: Object.fromEntries(Object.entries(moderation.answers).map(([id, a]) => [id, a.score])),
    socialValue: moderation.socialValue.score,
  };
};

/** The ranking with the working; complete only when every bid has been moderated. */
export const presentResults = (
  opportunity: StoredOpportunity,
  data: EvaluationData,
  bids: Bid[],
): Results => {
  const moderated = bids.flatMap((b) => moderatedBid(b, data) ?? []);
  const awaiting = bids.filter((b) => !data.moderations.has(b.organisationId));
  return {
    opportunityId: opportunity.id,
    complete: bids.length > 0 && awaiting.length === 0,
    awaitingModeration: awaiting.map((b) => ({
      organisationId: b.organisationId,
      organisationName: b.organisationName,
    })),
    weights: {
      questions: (opportunity.qualityQuestions ?? []).map((q) => ({ id: q.id, weight: q.weight })),
      socialValue: opportunity.socialValueWeight ?? 0,
      price: opportunity.priceWeight ?? 0,
    },
    ...(opportunity.budgetCeilingPence !== undefined
      ? { budgetCeilingPence: opportunity.budgetCeilingPence }
      : {}),
    // Prices are compared only once every bid is in: a partial ranking would mislead.
    ranking: awaiting.length === 0 ? rankBids(evaluationModel(opportunity), moderated) : [],
  };
};
