import { describe, expect, it } from "vitest";
import type { ImprovementPlan } from "#shared/contracts/improvement.ts";
import type { ContractRating } from "#shared/contracts/rating.ts";
import { chargesRows, measureRows, planForms, ratingForms, ratingSummary } from "./reviews.presenter.ts";

const rating: ContractRating = {
  contractId: "c1",
  contractReference: "DFP-1",
  organisationId: "o1",
  period: "2026-Q3",
  rating: "approaching-target",
  proposedRating: "approaching-target",
  rule: "rule",
  status: "proposed",
  proposedAt: "2026-10-01T09:00:00.000Z",
  measures: [
    { id: "a", measure: "Completed", numerator: 3, denominator: 5, target: 62 },
    { id: "b", measure: "Settled", numerator: 0, denominator: 0, target: 78 },
  ],
  version: 1,
};

describe("the performance tab", () => {
  it("shows each measure's count, result, target and how far below it is", () => {
    expect(measureRows(rating.measures)).toEqual([
      {
        id: "a",
        measure: "Completed",
        counted: "3 of 5",
        result: "60%",
        target: "62%",
        verdict: "2 points below",
      },
      {
        id: "b",
        measure: "Settled",
        counted: "None yet",
        result: "No data yet",
        target: "78%",
        verdict: "No data yet",
      },
    ]);
  });

  it("says whether the rating is proposed, confirmed or changed, and offers each party its own form", () => {
    expect(ratingSummary(rating)).toBe("Approaching target (proposed, waiting for the commissioner)");
    const changed = { ...rating, status: "confirmed" as const, rating: "requires-improvement" as const };
    expect(ratingSummary(changed)).toBe(
      "Requires improvement (changed from the proposed Approaching target)",
    );
    expect(ratingForms(rating, "commissioner")).toEqual({ decide: true, respond: false });
    expect(ratingForms(rating, "provider")).toEqual({ decide: false, respond: false });
    expect(ratingForms(changed, "provider")).toEqual({ decide: false, respond: true });
  });

  it("offers the plan's next step to the party whose turn it is", () => {
    const plan = { status: "submitted" } as ImprovementPlan;
    expect(planForms(plan, "commissioner")).toMatchObject({ review: true, close: false });
    expect(planForms(plan, "provider")).toMatchObject({ submit: false, progress: false });
    expect(planForms({ ...plan, status: "agreed" }, "provider")).toMatchObject({ progress: true });
    expect(planForms({ ...plan, status: "sent-back" }, "provider")).toMatchObject({ submit: true });
  });

  it("lists the charges month by month", () => {
    const rows = chargesRows(
      {
        contractId: "c1",
        contractReference: "DFP-1",
        totalPence: 135_000,
        months: [
          {
            month: "2026-06",
            started: 2,
            amountPence: 135_000,
            tiers: [
              { tierId: "low", started: 1, amountPence: 40_000 },
              { tierId: "medium", started: 1, amountPence: 95_000 },
            ],
          },
        ],
      },
      (p) => `£${p / 100}`,
    );
    expect(rows).toEqual([
      {
        id: "2026-06",
        month: "2026-06",
        started: "2",
        tiers: "low: 1 (£400); medium: 1 (£950)",
        amount: "£1350",
      },
    ]);
  });
});
