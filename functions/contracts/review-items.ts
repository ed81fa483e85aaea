import { defineItem } from "../platform/data/define-item.ts";
import { contractKind } from "./items.ts";

/**
 * Items of performance reviews, improvement plans and charges (issue 18 items 4 and 6), all in the
 * contract's partition so a contract's record over time is one Query per kind:
 *
 * - CONTRACT#id / RATING#<period> — a quarter's rating (`contract-rating`: the `record` context drafts
 *   the contract performance notice from a confirmed one on the stream).
 * - CONTRACT#id / MEASURES#<month> — a month's measures against targets, recorded once by the review job.
 * - CONTRACT#id / PLAN#<period> — the improvement plan a rating opened.
 * - CONTRACT#id / CHARGES#<month> — a month's charges: counters added to by the stream consumer.
 * - CONTRACT#id / CHARGE#<month>#<referralId> — one started referral's charge; written with the ADD,
 *   conditionally, so a redelivered change counts nothing twice.
 */
const inContract = (x: { contractId: string }) => contractKind.pk({ id: x.contractId });

/** A quarter's rating. */
export const contractRatingKind = defineItem({
  type: "contract-rating",
  pk: inContract,
  sk: (r: { period: string }) => `RATING#${r.period}`,
  skPrefix: "RATING#",
});

/** A month's measures. */
export const monthlyMeasuresKind = defineItem({
  type: "contract-measures",
  pk: inContract,
  sk: (m: { month: string }) => `MEASURES#${m.month}`,
  skPrefix: "MEASURES#",
});

/** An improvement plan. */
export const improvementPlanKind = defineItem({
  type: "contract-improvement-plan",
  pk: inContract,
  sk: (p: { period: string }) => `PLAN#${p.period}`,
  skPrefix: "PLAN#",
});

/** A month's charges totals. */
export const chargesMonthKind = defineItem({
  type: "contract-charges",
  pk: inContract,
  sk: (m: { month: string }) => `CHARGES#${m.month}`,
  skPrefix: "CHARGES#",
});

/** One started referral's charge line. */
export const chargeLineKind = defineItem({
  type: "contract-charge-line",
  pk: inContract,
  sk: (l: { month: string; referralId: string }) => `CHARGE#${l.month}#${l.referralId}`,
  skPrefix: "CHARGE#",
});
