import type { TierId } from "../reference/schema.ts";

/** Scores run 0 (unacceptable) to 4 (excellent). */
export const maxScore = 4;
/** A bid with any moderated quality score below this fails the quality threshold. */
export const qualityThreshold = 2;

/** What an opportunity says about how bids are scored. */
export interface EvaluationModel {
  questions: readonly { id: string; weight: number }[];
  socialValueWeight: number;
  priceWeight: number;
  tiers: readonly TierId[];
  /** Expected share of referrals per tier (any positive numbers; normalised). Equal shares when absent. */
  tierMix?: Partial<Record<TierId, number>> | undefined;
  budgetCeilingPence?: number | undefined;
  expectedReferralsPerYear?: number | undefined;
  contractStart?: string | undefined;
  contractEnd?: string | undefined;
}

/** A bid once moderated: the moderated scores, the tier prices and when it was submitted. */
export interface ModeratedBid {
  organisationId: string;
  organisationName: string;
  submittedAt: string;
  /** Price per referral for each tier, in pence. */
  prices: Partial<Record<TierId, number>>;
  /** Moderated score (0–4) per quality question id. */
  quality: Record<string, number>;
  /** Moderated social-value score (0–4). */
  socialValue: number;
}

/** One line of the working: a moderated score turned into points. */
export interface ScoreLine {
  id: string;
  moderated: number;
  weight: number;
  points: number;
}

/** A scored and ranked bid with every step of the working. */
export interface BidResult {
  rank: number;
  organisationId: string;
  organisationName: string;
  submittedAt: string;
  quality: ScoreLine[];
  socialValue: ScoreLine;
  qualityScore: number;
  socialValueScore: number;
  tierPrices: { tierId: TierId; pricePence: number; share: number }[];
  weightedPricePence: number;
  lowestWeightedPricePence: number;
  priceScore: number;
  total: number;
  passesQualityThreshold: boolean;
  /** Weighted price × expected referrals a year × contract years, when the opportunity says those. */
  estimatedContractValuePence?: number;
  overBudget: boolean;
}

// Scores are shown to two places; four are kept so that rounding never reorders bids that differ.
const round = (n: number) => Math.round(n * 10_000) / 10_000;

/** Each tier's share of referrals (summing to 1): the opportunity's expected mix, or equal shares. */
export const tierShares = (model: Pick<EvaluationModel, "tiers" | "tierMix">): Map<TierId, number> => {
  const raw = model.tiers.map((tier) => [tier, model.tierMix ? (model.tierMix[tier] ?? 0) : 1] as const);
  const total = raw.reduce((sum, [, share]) => sum + share, 0);
  return new Map(raw.map(([tier, share]) => [tier, total > 0 ? share / total : 1 / model.tiers.length]));
};

/** The volume-weighted price per referral of a bid: Σ tier price × expected share of referrals. */
export const weightedPrice = (
  shares: Map<TierId, number>,
  prices: Partial<Record<TierId, number>>,
): number => {
  let total = 0;
  for (const [tier, share] of shares) {
    const price = prices[tier];
    if (price === undefined) throw new RangeError(`The bid has no price for the ${tier} tier`);
    total += price * share;
  }
  return total;
};

/** Price score: lowest weighted price ÷ this weighted price × price weight (never above the weight). */
export const priceScore = (lowest: number, own: number, priceWeight: number): number =>
  own <= 0 ? priceWeight : Math.min(priceWeight, (lowest / own) * priceWeight);

/** Points for a moderated score: score ÷ 4 × weight. */
export const points = (moderated: number, weight: number): number => (moderated / maxScore) * weight;

/**
 * Contract length in years between inclusive ISO dates, counted in calendar months (so 1 April 2027 to
 * 31 March 2029 is exactly 2), or undefined if the dates are unknown.
 */
const contractYears = (start?: string, end?: string): number | undefined => {
  if (!start || !end) return undefined;
  const from = new Date(`${start}T00:00:00Z`);
  const to = new Date(Date.parse(`${end}T00:00:00Z`) + 86_400_000);
  const months =
    (to.getUTCFullYear() - from.getUTCFullYear()) * 12 +
    (to.getUTCMonth() - from.getUTCMonth()) +
    (to.getUTCDate() - from.getUTCDate()) / 30;
  return months > 0 ? months / 12 : undefined;
};

/** Whether `a` ranks above `b`: passing bids first, then higher total, higher quality, earlier submission. */
export const compareResults = (
  a: Pick<BidResult, "passesQualityThreshold" | "total" | "qualityScore" | "submittedAt" | "organisationId">,
  b: Pick<BidResult, "passesQualityThreshold" | "total" | "qualityScore" | "submittedAt" | "organisationId">,
): number => {
  if (a.passesQualityThreshold !== b.passesQualityThreshold) return a.passesQualityThreshold ? -1 : 1;
  if (a.total !== b.total) return b.total - a.total;
  if (a.qualityScore !== b.qualityScore) return b.qualityScore - a.qualityScore;
  const at = Date.parse(a.submittedAt) - Date.parse(b.submittedAt);
  if (at !== 0) return at;
  // Only for a complete tie at the same millisecond: keep the order stable, not meaningful.
  return a.organisationId < b.organisationId ? -1 : a.organisationId > b.organisationId ? 1 : 0;
};

/**
 * Scores and ranks moderated bids: quality = Σ(moderated ÷ 4 × weight), social value likewise, price
 * from the volume-weighted price against the lowest among these bids. A pure function of its inputs,
 * so ranking can be benchmarked and property-tested without any I/O.
 */
export const rankBids = (model: EvaluationModel, bids: readonly ModeratedBid[]): BidResult[] => {
  if (bids.length === 0) return [];
  const shares = tierShares(model);
  const prices = bids.map((bid) => weightedPrice(shares, bid.prices));
  const lowest = Math.min(...prices);
  const years = contractYears(model.contractStart, model.contractEnd);
  const results = bids.map((bid, i): BidResult => {
    const own = prices[i] ?? 0;
    const quality = model.questions.map((q) => {
      const moderated = bid.quality[q.id] ?? 0;
      return { id: q.id, moderated, weight: q.weight, points: round(points(moderated, q.weight)) };
    });
    const qualityRaw = model.questions.reduce((sum, q) => sum + points(bid.quality[q.id] ?? 0, q.weight), 0);
    const socialRaw = points(bid.socialValue, model.socialValueWeight);
    const priceRaw = priceScore(lowest, own, model.priceWeight);
    const estimated =
      years !== undefined && model.expectedReferralsPerYear !== undefined
        ? Math.round(own * model.expectedReferralsPerYear * years)
        : undefined;
    return {
      rank: 0,
      organisationId: bid.organisationId,
      organisationName: bid.organisationName,
      submittedAt: bid.submittedAt,
      quality,
      socialValue: {
        id: "social-value",
        moderated: bid.socialValue,
        weight: model.socialValueWeight,
        points: round(socialRaw),
      },
      qualityScore: round(qualityRaw),
      socialValueScore: round(socialRaw),
      tierPrices: [...shares].map(([tierId, share]) => ({
        tierId,
        pricePence: bid.prices[tierId] ?? 0,
        share: round(share),
      })),
      weightedPricePence: round(own),
      lowestWeightedPricePence: round(lowest),
      priceScore: round(priceRaw),
      total: round(qualityRaw + socialRaw + priceRaw),
      passesQualityThreshold: model.questions.every((q) => (bid.quality[q.id] ?? 0) >= qualityThreshold),
      ...(estimated !== undefined ? { estimatedContractValuePence: estimated } : {}),
      overBudget:
        estimated !== undefined && model.budgetCeilingPence !== undefined
          ? estimated > model.budgetCeilingPence
          : false,
    };
  });
  return results.sort(compareResults).map((result, i) => ({ ...result, rank: i + 1 }));
};

/** The spread of evaluators' scores for one answer: highest minus lowest (0 when they agree). */
export const spread = (scores: readonly number[]): number =>
  scores.length === 0 ? 0 : Math.max(...scores) - Math.min(...scores);

/** A spread this wide (or wider) is highlighted for the moderator to discuss. */
export const wideSpread = 2;
