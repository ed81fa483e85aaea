import * as z from "zod";
import { competitionLifecycleSchema } from "../competition/lifecycle.ts";
import { cursorSchema, pageSizeSchema } from "../common/pagination.ts";
import { choiceIn, keyAfter, listItem, type Place, placed, unknownKeys } from "../http/field-messages.ts";
import { complexityTiers } from "../reference/complexity-tiers.ts";
import { needAreas } from "../reference/need-areas.ts";
import { regions } from "../reference/regions.ts";
import { tierIdSchema } from "../reference/schema.ts";

const needAreaIds = needAreas.map((n) => n.id) as [string, ...string[]];
const regionIds = regions.map((r) => r.id) as [string, ...string[]];
const pduIds = regions.flatMap((r) => r.pdus.map((p) => p.id)) as [string, ...string[]];

const isoDate = (what: string) => z.iso.date({ message: `Enter the ${what} as a real date` });
const isoInstant = (what: string) => z.iso.datetime({ message: `Enter the ${what} as a real date and time` });
const percent = (what: string, place: Place = () => undefined) => {
  // "the expected share of referrals" becomes "the expected share of low complexity referrals".
  const m = (text: (field: string) => string) =>
    placed((where) => text(where ? what.replace(/(\w+)$/, `${where} $1`) : what), place);
  return z
    .number(m((field) => `Enter the ${field} as a number`))
    .int(m((field) => `The ${field} must be a whole number`))
    .min(
      0,
      m((field) => `The ${field} must be 0 or more`),
    )
    .max(
      100,
      m((field) => `The ${field} must be 100 or less`),
    );
};

/** The tier a tier-mix share is for, in words: "low complexity". */
const tierOfShare: Place = (path) => {
  const tier = complexityTiers.find((t) => t.id === keyAfter(path, "tierMix"));
  return tier ? tier.name.toLowerCase() : undefined;
};

// Each message names its question ("… for question 2") when the form holds several.
const question = listItem("qualityQuestions", "question");
const ofQuestion = (text: (question: string) => string) =>
  placed((where) => text(where ?? "the question"), question);
const cap = (text: string) => `${text[0]!.toUpperCase()}${text.slice(1)}`;

/** A quality question bidders answer, with its share of the total score and a word limit. */
export const qualityQuestionSchema = z.object(
  {
    id: z
      .string(ofQuestion((q) => `Give ${q} an id like q1, q2…`))
      .max(
        4,
        ofQuestion((q) => `Give ${q} an id like q1, q2…`),
      )
      .regex(
        /^q[0-9]{1,3}$/,
        ofQuestion((q) => `Give ${q} an id like q1, q2…`),
      ),
    text: z
      .string(ofQuestion((q) => `Enter ${q}`))
      .trim()
      .min(
        1,
        ofQuestion((q) => `Enter ${q}`),
      )
      .max(
        1000,
        ofQuestion((q) => `${cap(q)} must be 1,000 characters or fewer`),
      ),
    weight: z
      .number(ofQuestion((q) => `Enter the weight of ${q} as a number`))
      .int(ofQuestion((q) => `The weight of ${q} must be a whole number`))
      .min(
        1,
        ofQuestion((q) => `The weight of ${q} must be at least 1`),
      )
      .max(
        90,
        ofQuestion((q) => `The weight of ${q} must be 90 or less`),
      ),
    wordLimit: z
      .number(ofQuestion((q) => `Enter the word limit for ${q} as a number`))
      .int(ofQuestion((q) => `The word limit for ${q} must be a whole number`))
      .min(
        50,
        ofQuestion((q) => `The word limit for ${q} must be at least 50 words`),
      )
      .max(
        2000,
        ofQuestion((q) => `The word limit for ${q} must be 2,000 words or fewer`),
      ),
  },
  ofQuestion((q) => `Enter ${q}, its weight and its word limit`),
);
export type QualityQuestion = z.infer<typeof qualityQuestionSchema>;

/** Every field a commissioner fills in; all optional while the opportunity is a draft. */
export const opportunityFieldsSchema = z.object({
  title: z
    .string({ message: "Enter a title" })
    .trim()
    .min(1, "Enter a title")
    .max(200, "The title must be 200 characters or fewer"),
  description: z
    .string({ message: "Enter a description" })
    .trim()
    .min(1, "Enter a description")
    .max(10_000, "The description is too long"),
  needAreaId: z.enum(needAreaIds, { message: "Select a need area" }),
  regionIds: z
    .array(z.enum(regionIds, choiceIn("Select regions from the list")), {
      message: "Select at least one region",
    })
    .min(1, "Select at least one region")
    .max(regionIds.length, "Select each region once"),
  pduIds: z
    .array(z.enum(pduIds, choiceIn("Select PDUs from the list")), {
      message: "Select the PDUs covered",
    })
    .max(pduIds.length, "Select each PDU once"),
  tiers: z
    .array(z.enum(tierIdSchema.options, choiceIn("Select complexity tiers from the list")), {
      message: "Select at least one complexity tier",
    })
    .min(1, "Select at least one complexity tier")
    .max(tierIdSchema.options.length, "Select each complexity tier once"),
  contractStart: isoDate("contract start date"),
  contractEnd: isoDate("contract end date"),
  expectedReferralsPerYear: z
    .number({ message: "Enter the expected referrals a year as a number" })
    .int("Expected referrals a year must be a whole number")
    .min(1, "Expected referrals a year must be at least 1")
    .max(100_000, "Expected referrals a year must be 100,000 or fewer"),
  budgetCeilingPence: z
    .number({ message: "Enter the budget ceiling as a number" })
    .int("Enter the budget ceiling in whole pence")
    .min(100, "The budget ceiling must be at least £1"),
  /** Expected share (%) of referrals at each tier, used to weight tier prices; equal shares when absent. */
  tierMix: z
    .partialRecord(tierIdSchema, percent("expected share of referrals", tierOfShare), {
      error: (issue) =>
        unknownKeys(issue) ?? "Enter the expected share of referrals for each complexity level",
    })
    .optional(),
  qualityQuestions: z
    .array(qualityQuestionSchema, { message: "Add at least one quality question" })
    .min(1, "Add at least one quality question")
    .max(20, "Add 20 quality questions or fewer"),
  socialValueWeight: percent("social value weight"),
  priceWeight: percent("price weight"),
  clarificationDeadline: isoInstant("clarification deadline"),
  submissionDeadline: isoInstant("submission deadline"),
});
export type OpportunityFields = z.infer<typeof opportunityFieldsSchema>;

/**
 * Creating a draft needs just enough to file it: a title, a need area and the regions (the fields'
 * own schemas, so a missing one gets its own message rather than a bare "required").
 */
export const createOpportunitySchema = opportunityFieldsSchema.partial().extend({
  title: opportunityFieldsSchema.shape.title,
  needAreaId: opportunityFieldsSchema.shape.needAreaId,
  regionIds: opportunityFieldsSchema.shape.regionIds,
});
export type CreateOpportunityInput = z.infer<typeof createOpportunitySchema>;

/**
 * A draft's fields: any subset, each judged by its own rules (lengths, real dates, ranges) so a draft
 * keeps whatever is valid on its own; the rules between fields wait for publishing (rules.ts).
 */
export const opportunityDraftSchema = opportunityFieldsSchema.partial();
export type OpportunityDraft = z.infer<typeof opportunityDraftSchema>;

/** Saving a draft: any subset of the fields, plus the version the commissioner loaded. */
export const updateOpportunitySchema = opportunityDraftSchema.extend({
  version: z.number({ message: "Reload the opportunity and try again" }).int(),
});
export type UpdateOpportunityInput = z.infer<typeof updateOpportunitySchema>;

export const opportunityStateSchema = z.enum(["draft", "published", "cancelled"]);
/** What people see: a published opportunity is "closed" once its submission deadline has passed. */
export const opportunityStatusSchema = z.enum(["draft", "open", "closed", "cancelled"], {
  message: "Select draft, open, closed or cancelled opportunities",
});
export type OpportunityStatus = z.infer<typeof opportunityStatusSchema>;

/** A call-off competition as the API returns it. */
export const opportunitySchema = opportunityFieldsSchema.partial().extend({
  id: z.string(),
  title: z.string(),
  needAreaId: z.string(),
  regionIds: z.array(z.string()),
  state: opportunityStateSchema,
  status: opportunityStatusSchema,
  createdBy: z.string(),
  createdAt: z.iso.datetime(),
  publishedAt: z.iso.datetime().optional(),
  cancelledAt: z.iso.datetime().optional(),
  cancelReason: z.string().optional(),
  /** Commissioners only: how many bids are submitted — the one fact about bids visible before the deadline. */
  submittedBidCount: z.number().int().optional(),
  /** Where the competition stands in its one life cycle (on the single-opportunity read). */
  lifecycle: competitionLifecycleSchema.optional(),
  version: z.number().int(),
});
export type Opportunity = z.infer<typeof opportunitySchema>;

/** A row of the opportunities list. */
export const opportunitySummarySchema = opportunitySchema.pick({
  id: true,
  title: true,
  needAreaId: true,
  regionIds: true,
  tiers: true,
  status: true,
  clarificationDeadline: true,
  submissionDeadline: true,
});
export type OpportunitySummary = z.infer<typeof opportunitySummarySchema>;

export const opportunityListQuerySchema = z.object({
  region: z.enum(regionIds, { message: "Select a region from the list" }),
  status: opportunityStatusSchema.default("open"),
  needArea: z.enum(needAreaIds, { message: "Select a need area from the list" }).optional(),
  limit: pageSizeSchema(),
  cursor: cursorSchema.optional(),
});

export const versionOnlySchema = z.object({
  version: z.number({ message: "Reload the page and try again" }).int(),
});

export const cancelOpportunitySchema = versionOnlySchema.extend({
  reason: z
    .string({ message: "Enter the reason for cancelling" })
    .trim()
    .min(1, "Enter the reason for cancelling")
    .max(2000, "The reason must be 2,000 characters or fewer"),
});

export const extendDeadlinesSchema = versionOnlySchema.extend({
  clarificationDeadline: isoInstant("clarification deadline").optional(),
  submissionDeadline: isoInstant("submission deadline"),
});
