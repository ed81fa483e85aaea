import * as z from "zod";
import { countWords } from "../bids/rules.ts";
import { choiceIn, firstPlace, listItem, type Place, placed, questionKey } from "../http/field-messages.ts";

/** More bidders than any competition has; bounds a declaration item well under DynamoDB's 400 KB. */
const maxBidders = 100;

const version = z.number({ message: "Reload the page and try again" }).int().min(0);
const questionId = z
  .string({ message: "Score only the questions the opportunity asks" })
  .regex(/^q[0-9]{1,3}$/, "Score only the questions the opportunity asks");

/** Which answer a score is for, in words: "question 2" or "the social value answer". */
const answer: Place = firstPlace(questionKey("answers"), (path) =>
  path.includes("socialValue") ? "the social value answer" : undefined,
);

/** A score on the 0 (unacceptable) to 4 (excellent) scale. */
export const scoreValueSchema = z
  .number(placed("Select a score from 0 to 4", answer))
  .int(placed("Select a score from 0 to 4", answer))
  .min(0, placed("Select a score from 0 to 4", answer))
  .max(4, placed("Select a score from 0 to 4", answer));

/** The words that describe each score, as evaluators and bidders see them. */
export const scoreLabels = ["Unacceptable", "Poor", "Satisfactory", "Good", "Excellent"] as const;

/** At least a sentence: three words or more. */
const reasoning = (what: string) =>
  z
    .string(placed(`Write the ${what}`, answer))
    .trim()
    .min(1, placed(`Write the ${what}`, answer))
    .max(5000, placed(`The ${what} must be 5,000 characters or fewer`, answer))
    .refine((text) => countWords(text) >= 3, placed(`Write at least a full sentence as the ${what}`, answer));

/** One evaluator's score for one answer. */
export const answerScoreSchema = z.object(
  {
    score: scoreValueSchema,
    justification: reasoning("justification"),
  },
  placed("Score the answer and justify the score", answer),
);

/** The moderator's agreed score for one answer. */
export const moderatedScoreSchema = z.object(
  {
    score: scoreValueSchema,
    rationale: reasoning("rationale"),
  },
  placed("Agree a score and give the rationale", answer),
);

// ---------------------------------------------------------------- panel and declarations

/** The lead commissioner names the panel; version 0 creates it. */
export const assignPanelSchema = z.object({
  evaluatorIds: z
    .array(
      z
        .string(choiceIn("Select evaluators from the list"))
        .min(1, choiceIn("Select evaluators from the list"))
        .max(64, choiceIn("Select evaluators from the list")),
      { message: "Select at least one evaluator" },
    )
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
// Each bidder's declaration names the bidder's position on the form ("bidder 2").
const bidder = listItem("bidders", "bidder");
const ofBidder = (text: string) => placed(text, bidder);

export const bidderDeclarationSchema = z
  .object(
    {
      organisationId: z
        .string(ofBidder("Reload the page: the bidder is missing"))
        .min(1, ofBidder("Reload the page: the bidder is missing"))
        .max(64, ofBidder("Reload the page: that is not a bidder")),
      conflict: z.boolean(ofBidder("Say whether you have a conflict of interest")),
      details: z
        .string(ofBidder("Describe the conflict of interest as text"))
        .trim()
        .max(2000, ofBidder("The details must be 2,000 characters or fewer"))
        .optional(),
    },
    ofBidder("Answer for the bidder"),
  )
  .refine((d) => !d.conflict || (d.details ?? "").length > 0, {
    ...ofBidder("Describe the conflict of interest"),
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
  answers: z.record(questionId, answerScoreSchema, { message: "Score every question" }),
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
  answers: z.record(questionId, moderatedScoreSchema, { message: "Agree a score for every question" }),
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
        .array(
          z
            .string(choiceIn("Select bids from the list"))
            .min(1, choiceIn("Select bids from the list"))
            .max(64, choiceIn("Select bids from the list")),
          { message: "Select at least one bid to award" },
        )
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
