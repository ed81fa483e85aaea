import * as z from "zod";
import { countWords } from "../bids/rules.ts";

/** More bidders than any competition has; bounds a declaration item well under DynamoDB's 400 KB. */
const maxBidders = 100;

const version = z.number({ message: "Reload the page and try again" }).int().min(0);
const questionKey = z.string().regex(/^q[0-9]{1,3}$/, "Unknown question");

/** A score on the 0 (unacceptable) to 4 (excellent) scale. */
export const scoreValueSchema = z
  .number({ message: "Select a score from 0 to 4" })
  .int("Select a score from 0 to 4")
  .min(0, "Select a score from 0 to 4")
  .max(4, "Select a score from 0 to 4");

/** The words that describe each score, as evaluators and bidders see them. */
export const scoreLabels = ["Unacceptable", "Poor", "Satisfactory", "Good", "Excellent"] as const;

/** At least a sentence: three words or more. */
const reasoning = (what: string) =>
  z
    .string({ message: `Write ${what}` })
    .trim()
    .min(1, `Write ${what}`)
    .max(5000, `The ${what} must be 5,000 characters or fewer`)
    .refine((text) => countWords(text) >= 3, `Write at least a full sentence as the ${what}`);

/** One evaluator's score for one answer. */
export const answerScoreSchema = z.object({
  score: scoreValueSchema,
  justification: reasoning("justification"),
});

/** The moderator's agreed score for one answer. */
export const moderatedScoreSchema = z.object({
  score: scoreValueSchema,
  rationale: reasoning("rationale"),
});

// ---------------------------------------------------------------- panel and declarations

/** The lead commissioner names the panel; version 0 creates it. */
export const assignPanelSchema = z.object({
  evaluatorIds: z
    .array(z.string().min(1).max(64), { message: "Select at least one evaluator" })
    .min(1, "Select at least one evaluator")
    .max(10, "Select 10 evaluators or fewer")
    .refine((ids) => new Set(ids).size === ids.length, "Select each evaluator once"),
  version,
});

/** A commissioner who may sit on the panel. */
export const panelCandidateSchema = z.object({
  userId: z.string(),
  name: z.string(),
  jobTitle: z.string().optional(),
});

/** An evaluator's declaration for one bidder. */
export const bidderDeclarationSchema = z
  .object({
    organisationId: z.string().min(1).max(64),
    conflict: z.boolean({ message: "Say whether you have a conflict of interest" }),
    details: z.string().trim().max(2000, "The details must be 2,000 characters or fewer").optional(),
  })
  .refine((d) => !d.conflict || (d.details ?? "").length > 0, {
    message: "Describe the conflict of interest",
    path: ["details"],
  });

/** Before reading any bid, an evaluator declares a conflict (or none) with every bidder. */
export const declareConflictsSchema = z.object({
  bidders: z
    .array(bidderDeclarationSchema, { message: "Answer for every bidder" })
    .min(1)
    .max(maxBidders, `Answer for at most ${maxBidders} bidders`),
});

// ---------------------------------------------------------------- scores and moderation

/** An evaluator's independent scores for one bid: each quality answer and the social-value answer. */
export const submitScoresSchema = z.object({
  answers: z.record(questionKey, answerScoreSchema),
  socialValue: answerScoreSchema,
});
export type SubmitScoresInput = z.infer<typeof submitScoresSchema>;

/** A submitted score sheet. */
export const scoreSheetSchema = submitScoresSchema.extend({
  opportunityId: z.string(),
  organisationId: z.string(),
  evaluatorId: z.string(),
  evaluatorName: z.string(),
  submittedAt: z.iso.datetime(),
});
export type ScoreSheet = z.infer<typeof scoreSheetSchema>;

/** The moderator's scores and rationale for one bid. */
export const moderateSchema = z.object({
  answers: z.record(questionKey, moderatedScoreSchema),
  socialValue: moderatedScoreSchema,
  version,
});
export type ModerateInput = z.infer<typeof moderateSchema>;

export const moderationSchema = moderateSchema.extend({
  opportunityId: z.string(),
  organisationId: z.string(),
  moderatedBy: z.string(),
  moderatedAt: z.iso.datetime(),
});
export type Moderation = z.infer<typeof moderationSchema>;

// ---------------------------------------------------------------- outcome

const reason = z
  .string({ message: "Enter the reason" })
  .trim()
  .min(1, "Enter the reason")
  .max(5000, "The reason must be 5,000 characters or fewer");

/** Award to one or more bids, declare the competition unsuccessful, or cancel it — each with a reason. */
export const decideOutcomeSchema = z.discriminatedUnion(
  "decision",
  [
    z.object({
      decision: z.literal("award"),
      organisationIds: z
        .array(z.string().min(1).max(64), { message: "Select at least one bid to award" })
        .min(1, "Select at least one bid to award")
        .max(maxBidders, `Select at most ${maxBidders} bids`),
      reason,
      version,
    }),
    z.object({ decision: z.literal("unsuccessful"), reason, version }),
    z.object({ decision: z.literal("cancel"), reason, version }),
  ],
  { message: "Select award, unsuccessful or cancel" },
);
export type DecideOutcomeInput = z.infer<typeof decideOutcomeSchema>;

export const evaluationStateSchema = z.enum([
  "evaluating",
  "standstill",
  "contracted",
  "unsuccessful",
  "cancelled",
]);
export type EvaluationState = z.infer<typeof evaluationStateSchema>;

// ---------------------------------------------------------------- overview

/** Where one bid stands in the evaluation, as the caller may see it. */
export const bidProgressSchema = z.object({
  organisationId: z.string(),
  organisationName: z.string(),
  submittedAt: z.iso.datetime(),
  /** For an evaluator: whether they may read it and whether they have scored it. */
  mine: z.enum(["declare-first", "conflict", "to-score", "scored"]).optional(),
  /** Lead only: score sheets in, sheets expected (evaluators without a conflict), moderated or not. */
  sheetsSubmitted: z.number().int().optional(),
  sheetsExpected: z.number().int().optional(),
  moderated: z.boolean().optional(),
});

export const panelMemberSchema = z.object({
  userId: z.string(),
  name: z.string(),
  declared: z.boolean(),
});

/** `GET /api/opportunities/{id}/evaluation`: the panel, the bids' progress and the outcome. */
export const evaluationSchema = z.object({
  opportunityId: z.string(),
  opportunityTitle: z.string(),
  leadUserId: z.string(),
  youAreLead: z.boolean(),
  youAreEvaluator: z.boolean(),
  youHaveDeclared: z.boolean(),
  state: evaluationStateSchema,
  panel: z.array(panelMemberSchema),
  bids: z.array(bidProgressSchema),
  awardedOrganisationIds: z.array(z.string()).optional(),
  decisionReason: z.string().optional(),
  decidedAt: z.iso.datetime().optional(),
  standstillEndsAt: z.iso.datetime().optional(),
  contractsCreatedAt: z.iso.datetime().optional(),
  version: z.number().int(),
});
export type Evaluation = z.infer<typeof evaluationSchema>;

/** What an evaluator scores: the bid's answers (never prices until moderation) and their own sheet. */
export const bidForScoringSchema = z.object({
  opportunityId: z.string(),
  organisationId: z.string(),
  organisationName: z.string(),
  questions: z.array(z.object({ id: z.string(), text: z.string(), weight: z.number().int() })),
  socialValueWeight: z.number().int(),
  qualityAnswers: z.record(z.string(), z.string()),
  socialValueAnswer: z.string(),
  mySheet: scoreSheetSchema.optional(),
});

/** Lead's moderation view of one bid: every sheet side by side, the spread, and any moderation. */
export const moderationViewSchema = z.object({
  organisationId: z.string(),
  organisationName: z.string(),
  answers: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      weight: z.number().int(),
      scores: z.array(
        z.object({
          evaluatorId: z.string(),
          evaluatorName: z.string(),
          score: z.number(),
          justification: z.string(),
        }),
      ),
      spread: z.number(),
      wideSpread: z.boolean(),
      moderated: moderatedScoreSchema.optional(),
    }),
  ),
  sheetsSubmitted: z.number().int(),
  sheetsExpected: z.number().int(),
  moderation: moderationSchema.optional(),
});
export type ModerationView = z.infer<typeof moderationViewSchema>;

export * from "./results.ts";
