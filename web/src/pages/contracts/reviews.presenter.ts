import type { ChargesStatement } from "#shared/contracts/charges.ts";
import type { ImprovementPlan } from "#shared/contracts/improvement.ts";
import {
  type ContractRating,
  measurePercent,
  type RatingMeasure,
  ratingText,
} from "#shared/contracts/rating.ts";

type Role = string;

const percent = (n: number | undefined) => (n === undefined ? "No data yet" : `${Math.round(n * 10) / 10}%`);

/** One row of a rating's figures: the measure, what was counted, the result, the target and the verdict. */
export const measureRows = (measures: readonly RatingMeasure[]) =>
  measures.map((m) => {
    const p = measurePercent(m);
    return {
      id: m.id,
      measure: m.measure,
      counted: m.denominator === 0 ? "None yet" : `${m.numerator} of ${m.denominator}`,
      result: percent(p),
      target: `${m.target}%`,
      verdict:
        p === undefined
          ? "No data yet"
          : p >= m.target
            ? "Met"
            : `${Math.round((m.target - p) * 10) / 10} points below`,
    };
  });

/** How a rating reads in its heading: the confirmed rating, or the portal's proposal. */
export const ratingSummary = (r: ContractRating) =>
  r.status === "confirmed"
    ? r.rating === r.proposedRating
      ? `${ratingText[r.rating]} (confirmed)`
      : `${ratingText[r.rating]} (changed from the proposed ${ratingText[r.proposedRating]})`
    : `${ratingText[r.proposedRating]} (proposed, waiting for the commissioner)`;

/** Which forms a person may use on a rating. */
export const ratingForms = (r: ContractRating, role: Role) => ({
  decide: role === "commissioner" && r.status === "proposed",
  respond: role === "provider" && r.status === "confirmed" && !r.response,
});

/** Which step forms a person may use on an improvement plan. */
export const planForms = (plan: ImprovementPlan, role: Role) => ({
  submit: role === "provider" && (plan.status === "awaiting-actions" || plan.status === "sent-back"),
  review: role === "commissioner" && plan.status === "submitted",
  progress: role === "provider" && plan.status === "agreed",
  close: role === "commissioner" && plan.status === "agreed",
});

/** The statement's rows, newest month first, with pounds as people read them. */
export const chargesRows = (statement: ChargesStatement, money: (pence: number) => string) =>
  statement.months.map((m) => ({
    id: m.month,
    month: m.month,
    started: String(m.started),
    tiers: m.tiers.map((t) => `${t.tierId}: ${t.started} (${money(t.amountPence)})`).join("; "),
    amount: money(m.amountPence),
  }));
