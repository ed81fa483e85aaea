import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { TierId } from "../reference/schema.ts";
import {
  compareResults,
  type EvaluationModel,
  type ModeratedBid,
  rankBids,
  spread,
  tierShares,
  weightedPrice,
} from "./scoring.ts";

const model: EvaluationModel = {
  questions: [
    { id: "q1", weight: 40 },
    { id: "q2", weight: 20 },
  ],
  socialValueWeight: 10,
  priceWeight: 30,
  tiers: ["low", "medium"],
  budgetCeilingPence: 50_000_000,
  expectedReferralsPerYear: 300,
  contractStart: "2027-04-01",
  contractEnd: "2029-03-31",
};

const bid = (id: string, overrides: Partial<ModeratedBid> = {}): ModeratedBid => ({
  organisationId: id,
  organisationName: `Organisation ${id}`,
  submittedAt: "2026-12-01T10:00:00.000Z",
  prices: { low: 45_000, medium: 90_000 },
  quality: { q1: 3, q2: 3 },
  socialValue: 3,
  ...overrides,
});

/** Weights that add to 100, with social value at least 10 — as publishing requires. */
const modelArb: fc.Arbitrary<EvaluationModel> = fc
  .record({
    questionWeights: fc.array(fc.integer({ min: 1, max: 30 }), { minLength: 1, maxLength: 10 }),
    socialValueWeight: fc.integer({ min: 10, max: 30 }),
    tiers: fc.subarray<TierId>(["low", "medium", "high"], { minLength: 1 }),
    mix: fc.option(fc.tuple(fc.nat(100), fc.nat(100), fc.nat(100)), { nil: undefined }),
    budget: fc.integer({ min: 100, max: 1_000_000_000 }),
  })
  .filter((m) => m.questionWeights.reduce((a, b) => a + b, 0) + m.socialValueWeight <= 100)
  .map((m) => {
    const quality = m.questionWeights.reduce((a, b) => a + b, 0);
    return {
      questions: m.questionWeights.map((weight, i) => ({ id: `q${i + 1}`, weight })),
      socialValueWeight: m.socialValueWeight,
      priceWeight: 100 - quality - m.socialValueWeight,
      tiers: m.tiers,
      ...(m.mix ? { tierMix: { low: m.mix[0], medium: m.mix[1], high: m.mix[2] } } : {}),
      budgetCeilingPence: m.budget,
      expectedReferralsPerYear: 100,
      contractStart: "2027-04-01",
      contractEnd: "2028-03-31",
    };
  });

const score = fc.integer({ min: 0, max: 4 });
const bidArb = (m: EvaluationModel, i: number): fc.Arbitrary<ModeratedBid> =>
  fc.record({
    organisationId: fc.constant(`org-${i}`),
    organisationName: fc.constant(`Org ${i}`),
    submittedAt: fc
      .integer({ min: 0, max: 10 })
      .map((minutes) => new Date(Date.UTC(2026, 11, 1, 10, minutes)).toISOString()),
    prices: fc.record({
      low: fc.integer({ min: 1, max: 10_000_000 }),
      medium: fc.integer({ min: 1, max: 10_000_000 }),
      high: fc.integer({ min: 1, max: 10_000_000 }),
    }),
    quality: fc.record(Object.fromEntries(m.questions.map((q) => [q.id, score]))),
    socialValue: score,
  });

const scenario = modelArb.chain((m) =>
  fc
    .integer({ min: 1, max: 12 })
    .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => bidArb(m, i))))
    .map((bids) => ({ model: m, bids })),
);

describe("scoring rules", () => {
  it("works a known example through: quality, social value, volume-weighted price and total", () => {
    const ranked = rankBids(model, [
      bid("dear", { prices: { low: 60_000, medium: 120_000 }, quality: { q1: 4, q2: 4 }, socialValue: 4 }),
      bid("cheap"),
    ]);
    // dear: weighted price (60,000 + 120,000) ÷ 2 = 90,000; price 67,500 ÷ 90,000 × 30 = 22.5;
    // quality 4/4×40 + 4/4×20 = 60; social value 4/4×10 = 10; total 92.5.
    expect(ranked[0]).toMatchObject({
      organisationId: "dear",
      weightedPricePence: 90_000,
      priceScore: 22.5,
      qualityScore: 60,
      socialValueScore: 10,
      total: 92.5,
      rank: 1,
    });
    // cheap: weighted price 67,500 (the lowest) scores the full 30; quality 3/4×40 + 3/4×20 = 45;
    // social value 3/4×10 = 7.5; total 82.5.
    expect(ranked[1]).toMatchObject({
      organisationId: "cheap",
      weightedPricePence: 67_500,
      lowestWeightedPricePence: 67_500,
      priceScore: 30,
      qualityScore: 45,
      socialValueScore: 7.5,
      total: 82.5,
      rank: 2,
    });
    expect(ranked[1]?.quality).toEqual([
      { id: "q1", moderated: 3, weight: 40, points: 30 },
      { id: "q2", moderated: 3, weight: 20, points: 15 },
    ]);
  });

  it("weights tier prices by the expected mix when the opportunity gives one", () => {
    const shares = tierShares({ tiers: ["low", "medium"], tierMix: { low: 75, medium: 25 } });
    expect(weightedPrice(shares, { low: 40_000, medium: 80_000 })).toBe(50_000);
    expect(weightedPrice(tierShares({ tiers: ["low", "medium"] }), { low: 40_000, medium: 80_000 })).toBe(
      60_000,
    );
  });

  it("fails the quality threshold when any moderated quality score is below 2, and ranks it below passing bids", () => {
    const ranked = rankBids(model, [
      bid("weak", { quality: { q1: 4, q2: 1 }, socialValue: 4, prices: { low: 1, medium: 1 } }),
      bid("sound"),
    ]);
    expect(ranked.map((r) => [r.organisationId, r.passesQualityThreshold])).toEqual([
      ["sound", true],
      ["weak", false],
    ]);
  });

  it("flags bids whose estimated contract value is over the budget ceiling", () => {
    // 67,500 × 300 a year × 2 years = £405,000 — under £500,000; 90,000 × 300 × 2 = £540,000 — over.
    const ranked = rankBids(model, [bid("under"), bid("over", { prices: { low: 60_000, medium: 120_000 } })]);
    expect(ranked.find((r) => r.organisationId === "under")).toMatchObject({
      overBudget: false,
      estimatedContractValuePence: 40_500_000,
    });
    expect(ranked.find((r) => r.organisationId === "over")?.overBudget).toBe(true);
  });

  it("breaks ties by quality score, then by earlier submission", () => {
    // Identical bids apart from submission time; then two equal totals with different quality scores.
    const early = bid("b-early", { submittedAt: "2026-12-01T09:00:00.000Z" });
    const late = bid("a-late", { submittedAt: "2026-12-01T11:00:00.000Z" });
    expect(rankBids(model, [late, early]).map((r) => r.organisationId)).toEqual(["b-early", "a-late"]);
    const base = { passesQualityThreshold: true, total: 80, submittedAt: "2026-12-01T09:00:00.000Z" };
    expect(
      compareResults(
        { ...base, qualityScore: 50, organisationId: "x" },
        { ...base, qualityScore: 40, organisationId: "y", submittedAt: "2026-11-01T09:00:00.000Z" },
      ),
    ).toBeLessThan(0);
  });

  it("measures the spread of evaluators' scores", () => {
    expect(spread([1, 3, 2])).toBe(2);
    expect(spread([2, 2])).toBe(0);
    expect(spread([])).toBe(0);
  });
});

describe("scoring properties", () => {
  it("keeps every total within 0–100 and every price score within 0 and the price weight", () => {
    fc.assert(
      fc.property(scenario, ({ model: m, bids }) => {
        for (const r of rankBids(m, bids)) {
          expect(r.total).toBeGreaterThanOrEqual(0);
          expect(r.total).toBeLessThanOrEqual(100);
          expect(r.priceScore).toBeGreaterThanOrEqual(0);
          expect(r.priceScore).toBeLessThanOrEqual(m.priceWeight);
        }
      }),
    );
  });

  it("gives the lowest weighted price the full price weight", () => {
    fc.assert(
      fc.property(scenario, ({ model: m, bids }) => {
        const ranked = rankBids(m, bids);
        const lowest = Math.min(...ranked.map((r) => r.weightedPricePence));
        const cheapest = ranked.find((r) => r.weightedPricePence === lowest);
        expect(cheapest?.priceScore).toBeCloseTo(m.priceWeight, 3);
      }),
    );
  });

  it("never lowers a bid's total when one of its moderated scores is raised", () => {
    fc.assert(
      fc.property(scenario, fc.nat(), fc.nat(), ({ model: m, bids }, pickBid, pickAnswer) => {
        const target = bids[pickBid % bids.length]!;
        const answers = [...m.questions.map((q) => q.id), "social-value"];
        const answer = answers[pickAnswer % answers.length]!;
        const current = answer === "social-value" ? target.socialValue : (target.quality[answer] ?? 0);
        fc.pre(current < 4);
        const raised: ModeratedBid =
          answer === "social-value"
            ? { ...target, socialValue: current + 1 }
            : { ...target, quality: { ...target.quality, [answer]: current + 1 } };
        const before = rankBids(m, bids).find((r) => r.organisationId === target.organisationId)!;
        const after = rankBids(
          m,
          bids.map((b) => (b === target ? raised : b)),
        ).find((r) => r.organisationId === target.organisationId)!;
        expect(after.total).toBeGreaterThanOrEqual(before.total);
      }),
    );
  });

  it("ranks every bid exactly once, numbered 1…n, each no better than the one above", () => {
    fc.assert(
      fc.property(scenario, ({ model: m, bids }) => {
        const ranked = rankBids(m, bids);
        expect(ranked.map((r) => r.organisationId).sort()).toEqual(bids.map((b) => b.organisationId).sort());
        expect(ranked.map((r) => r.rank)).toEqual(ranked.map((_, i) => i + 1));
        for (let i = 1; i < ranked.length; i++) {
          expect(compareResults(ranked[i - 1]!, ranked[i]!)).toBeLessThanOrEqual(0);
        }
      }),
    );
  });

  it("does not depend on the order the bids are given in", () => {
    fc.assert(
      fc.property(
        scenario.chain((s) =>
          fc.shuffledSubarray(s.bids, { minLength: s.bids.length }).map((shuffled) => ({ ...s, shuffled })),
        ),
        ({ model: m, bids, shuffled }) => {
          expect(rankBids(m, shuffled)).toEqual(rankBids(m, bids));
        },
      ),
    );
  });
});
