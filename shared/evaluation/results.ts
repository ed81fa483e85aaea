import * as z from "zod";
import { tierIdSchema } from "../reference/schema.ts";

/* The ranking once every bid is moderated, and a bidder's own result: response shapes only. */

const scoreLineSchema = z.object({
  id: z.string(),
  moderated: z.number(),
  weight: z.number(),
  points: z.number(),
});

/** One ranked bid with the working. */
export const bidResultSchema = z.object({
  rank: z.number().int(),
  organisationId: z.string(),
  organisationName: z.string(),
  submittedAt: z.iso.datetime(),
  quality: z.array(scoreLineSchema),
  socialValue: scoreLineSchema,
  qualityScore: z.number(),
  socialValueScore: z.number(),
  tierPrices: z.array(z.object({ tierId: tierIdSchema, pricePence: z.number(), share: z.number() })),
  weightedPricePence: z.number(),
  lowestWeightedPricePence: z.number(),
  priceScore: z.number(),
  total: z.number(),
  passesQualityThreshold: z.boolean(),
  estimatedContractValuePence: z.number().optional(),
  overBudget: z.boolean(),
});

/** `GET /api/opportunities/{id}/evaluation/results`: the ranking once every bid is moderated. */
export const resultsSchema = z.object({
  opportunityId: z.string(),
  complete: z.boolean(),
  awaitingModeration: z.array(z.object({ organisationId: z.string(), organisationName: z.string() })),
  weights: z.object({
    questions: z.array(z.object({ id: z.string(), weight: z.number() })),
    socialValue: z.number(),
    price: z.number(),
  }),
  budgetCeilingPence: z.number().optional(),
  ranking: z.array(bidResultSchema),
});
export type Results = z.infer<typeof resultsSchema>;

/** `GET /api/opportunities/{id}/bid/result`: a bidder's own result — never another bidder's scores. */
export const providerResultSchema = z.object({
  opportunityId: z.string(),
  opportunityTitle: z.string(),
  outcome: z.enum(["awarded", "not-awarded", "unsuccessful", "cancelled"]),
  reason: z.string().optional(),
  decidedAt: z.iso.datetime(),
  standstillEndsAt: z.iso.datetime().optional(),
  /** Absent when the competition was cancelled or declared unsuccessful before scoring finished. */
  yourResult: z
    .object({
      total: z.number(),
      passesQualityThreshold: z.boolean(),
      qualityScore: z.number(),
      socialValueScore: z.number(),
      priceScore: z.number(),
      weightedPricePence: z.number(),
      answers: z.array(
        z.object({
          id: z.string(),
          label: z.string(),
          weight: z.number(),
          score: z.number(),
          points: z.number(),
          feedback: z.string(),
        }),
      ),
    })
    .optional(),
  winningTotals: z.array(z.number()),
});
export type ProviderResult = z.infer<typeof providerResultSchema>;
