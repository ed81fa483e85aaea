import * as z from "zod";
import { versionSchema } from "./fields.ts";

/** The Procurement Act 2023 (s.71) scale, best first. */
export const ratingValues = ["good", "approaching-target", "requires-improvement", "inadequate"] as const;
export type RatingValue = (typeof ratingValues)[number];

/** The words a person reads for each rating. */
export const ratingText: Record<RatingValue, string> = {
  good: "Good",
  "approaching-target": "Approaching target",
  "requires-improvement": "Requires improvement",
  inadequate: "Inadequate",
};

/** Ratings that open an improvement plan (seed 003's "Improvement": the performance remedy). */
export const needsImprovement = (r: RatingValue) => r === "requires-improvement" || r === "inadequate";

/** Percentage points below target a measure may fall and still be "approaching target". */
export const approachingPoints = 5;
/** Percentage points below target beyond which a measure makes the contract "inadequate". */
export const inadequatePoints = 15;

/** The rule in words, as the rating page shows it next to the figures it was applied to. */
export const ratingRule =
  `Good: every measure with data meets its target. Approaching target: none is more than ` +
  `${approachingPoints} percentage points below its target. Requires improvement: none is more than ` +
  `${inadequatePoints} points below. Inadequate: at least one is more than ${inadequatePoints} points below.`;

/** A quarter: `2026-Q3` (calendar quarters, Europe/London). */
export const periodSchema = z
  .string({ message: "Enter the quarter, for example 2026-Q3" })
  .max(7, "Enter the quarter, for example 2026-Q3")
  .regex(/^\d{4}-Q[1-4]$/, "Enter the quarter, for example 2026-Q3");

/** One measure behind a rating: what was counted and the target it was held to (percent). */
export const ratingMeasureSchema = z.object({
  id: z.string(),
  measure: z.string(),
  numerator: z.number().int(),
  denominator: z.number().int(),
  target: z.number(),
});
export type RatingMeasure = z.infer<typeof ratingMeasureSchema>;

/** A measure's percentage, unrounded; undefined when nothing has reached it. */
export const measurePercent = (m: Pick<RatingMeasure, "numerator" | "denominator">) =>
  m.denominator > 0 ? (m.numerator * 100) / m.denominator : undefined;

/**
 * THE rating rule: the worst shortfall against target among measures with data decides. Undefined
 * when no measure has any data yet (nothing to judge).
 */
export function proposeRating(measures: readonly RatingMeasure[]): RatingValue | undefined {
  const shortfalls = measures.flatMap((m) => {
    const percent = measurePercent(m);
    return percent === undefined ? [] : [m.target - percent];
  });
  if (shortfalls.length === 0) return undefined;
  const worst = Math.max(...shortfalls);
  if (worst <= 0) return "good";
  if (worst <= approachingPoints) return "approaching-target";
  if (worst <= inadequatePoints) return "requires-improvement";
  return "inadequate";
}

/** The quarter a London date (YYYY-MM-DD or YYYY-MM) falls in. */
export const quarterOf = (date: string): string =>
  `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;

/** The three months (YYYY-MM) of a quarter. */
export const quarterMonths = (period: string): string[] => {
  const year = period.slice(0, 4);
  const first = (Number(period.slice(6)) - 1) * 3 + 1;
  return [0, 1, 2].map((i) => `${year}-${String(first + i).padStart(2, "0")}`);
};

/** The quarter before `period`. */
export const previousQuarter = (period: string): string => {
  const year = Number(period.slice(0, 4));
  const q = Number(period.slice(6));
  return q === 1 ? `${year - 1}-Q4` : `${year}-Q${q - 1}`;
};

const reasonText = (what: string) =>
  z
    .string({ message: `Enter ${what}` })
    .trim()
    .min(1, `Enter ${what}`)
    .max(2000, `${what[0]!.toUpperCase()}${what.slice(1)} must be 2000 characters or fewer`);

/** `POST …/ratings`: a commissioner asks for a quarter's rating now, rather than waiting for the job. */
export const proposeRatingSchema = z.object({ period: periodSchema });

/** `POST …/ratings/{period}/decision`: the commissioner confirms the proposal or changes it, with a reason. */
export const decideRatingSchema = z.object({
  rating: z.enum(ratingValues, {
    message: "Select good, approaching target, requires improvement or inadequate",
  }),
  reason: reasonText("the reason for the rating"),
  version: versionSchema,
});
export type DecideRating = z.infer<typeof decideRatingSchema>;

/** `POST …/ratings/{period}/response`: the provider's answer to a confirmed rating. */
export const respondToRatingSchema = z.object({
  text: reasonText("your response"),
  version: versionSchema,
});

const party = z.object({
  role: z.enum(["provider", "commissioner"]),
  name: z.string(),
  userId: z.string(),
  organisationId: z.string().optional(),
});

/**
 * A contract's rating for one quarter. The `record` context drafts the Procurement Act contract
 * performance notice from the confirmed item on the stream, so these field names are a contract.
 */
export const contractRatingSchema = z.object({
  contractId: z.string(),
  contractReference: z.string(),
  organisationId: z.string(),
  period: periodSchema,
  rating: z.enum(ratingValues),
  /** What the rule proposed from the figures; `rating` differs once the commissioner changed it. */
  proposedRating: z.enum(ratingValues),
  rule: z.string(),
  status: z.enum(["proposed", "confirmed"]),
  proposedAt: z.iso.datetime(),
  confirmedAt: z.iso.datetime().optional(),
  confirmedBy: party.optional(),
  reason: z.string().optional(),
  measures: z.array(ratingMeasureSchema),
  response: z.object({ text: z.string(), by: party, at: z.iso.datetime() }).optional(),
  /** Whether the confirmed rating opened an improvement plan (same period). */
  planOpened: z.boolean().optional(),
  version: z.number().int(),
});
export type ContractRating = z.infer<typeof contractRatingSchema>;

/** One month's measures of a contract, recorded by the monthly review. */
export const monthlyMeasuresSchema = z.object({
  contractId: z.string(),
  month: z.string(),
  measures: z.array(ratingMeasureSchema),
  recordedAt: z.iso.datetime(),
});
export type MonthlyMeasures = z.infer<typeof monthlyMeasuresSchema>;
