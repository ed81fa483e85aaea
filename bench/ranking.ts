import { type ModeratedBid, rankBids, spread } from "#shared/evaluation/scoring.ts";
import { measure } from "./stats.ts";

const questions = Array.from({ length: 10 }, (_, i) => ({ id: `q${i + 1}`, weight: 6 }));
const model = {
  questions,
  socialValueWeight: 10,
  priceWeight: 30,
  tiers: ["low", "medium", "high"] as const,
  budgetCeilingPence: 500_000_000,
  expectedReferralsPerYear: 400,
  contractStart: "2027-04-01",
  contractEnd: "2029-03-31",
};

// A fixed pseudo-random sequence, so every run ranks the same bids.
let seed = 42;
const next = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31;
};
const score = () => Math.floor(next() * 5);

/** 200 bids, each answer scored by 3 evaluators; moderation takes the median (as a lead often would). */
const evaluators = 3;
const scoreSheets = Array.from({ length: 200 }, (_, b) => ({
  organisationId: `org-${b}`,
  organisationName: `Provider ${b}`,
  submittedAt: new Date(Date.UTC(2026, 10, 1) + b * 60_000).toISOString(),
  prices: {
    low: 30_000 + Math.floor(next() * 20_000),
    medium: 60_000 + Math.floor(next() * 30_000),
    high: 90_000 + Math.floor(next() * 50_000),
  },
  answers: [...questions.map((q) => q.id), "socialValue"].map((id) => ({
    id,
    scores: Array.from({ length: evaluators }, score),
  })),
}));

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** From the evaluators' scores to a ranking: spread per answer (the moderation grid), moderated scores, rank. */
const rankFromScores = () => {
  const moderated: ModeratedBid[] = scoreSheets.map((sheet) => {
    const byAnswer = new Map(sheet.answers.map((a) => [a.id, a.scores]));
    for (const a of sheet.answers) spread(a.scores);
    return {
      organisationId: sheet.organisationId,
      organisationName: sheet.organisationName,
      submittedAt: sheet.submittedAt,
      prices: sheet.prices,
      quality: Object.fromEntries(questions.map((q) => [q.id, median(byAnswer.get(q.id)!)])),
      socialValue: median(byAnswer.get("socialValue")!),
    };
  });
  return rankBids(model, moderated);
};

/** Time to rank 200 bids × 10 questions × 3 evaluators (a pure function, measured in process). */
export const measureRanking = async () => {
  const ranked = rankFromScores();
  if (ranked.length !== 200) throw new Error("The ranking lost bids");
  return measure(async () => rankFromScores(), 50, 5);
};
