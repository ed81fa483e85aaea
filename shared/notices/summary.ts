import * as z from "zod";

/** One criterion of an assessment summary: the bidder's own score and reasons beside the winning bid's. */
export const summaryCriterionSchema = z.object({
  id: z.string(),
  label: z.string(),
  weight: z.number(),
  yourScore: z.number(),
  yourPoints: z.number(),
  yourReasons: z.string(),
  winningScore: z.number(),
  winningPoints: z.number(),
  /** Why the winning bid scored as it did: the moderator's rationale for it. */
  winningReasons: z.string(),
});

/**
 * The assessment summary (Procurement Act 2023 s.50) a bidder is sent before the contract award notice:
 * per criterion its own score and reasons, the winning bid's score and why, and the totals. It never
 * names another bidder or gives any other bid's scores.
 */
export const assessmentSummarySchema = z.object({
  opportunityId: z.string(),
  opportunityTitle: z.string(),
  organisationId: z.string(),
  organisationName: z.string(),
  outcome: z.enum(["awarded", "not-awarded"]),
  criteria: z.array(summaryCriterionSchema),
  yourPriceScore: z.number(),
  winningPriceScore: z.number(),
  yourTotal: z.number(),
  winningTotal: z.number(),
  sentAt: z.iso.datetime(),
  /** Known once the contract award notice is published (8 working days from then). */
  standstillEndsAt: z.iso.datetime().optional(),
  /** How to ask a question about the summary. */
  questions: z.string(),
});
export type AssessmentSummary = z.infer<typeof assessmentSummarySchema>;

/** How a bidder asks about its summary. */
export const summaryQuestionsText =
  "To ask a question about this summary, reply to the e-mail it came with or write to the commissioner through the competition's clarification questions before the standstill period ends.";
