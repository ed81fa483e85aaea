import * as z from "zod";
import { attachmentSchema } from "../documents/document.ts";
import { choiceIn, keyAfter, type Place, placed, questionKey, unknownKeys } from "../http/field-messages.ts";
import { cohorts } from "../reference/cohorts.ts";
import { complexityTiers } from "../reference/complexity-tiers.ts";
import { deliveryMethods, settings } from "../reference/delivery.ts";
import { regions } from "../reference/regions.ts";
import { tierIdSchema } from "../reference/schema.ts";

const ids = (list: { id: string }[]) => list.map((x) => x.id) as [string, ...string[]];
const pduIds = regions.flatMap((r) => r.pdus.map((p) => p.id)) as [string, ...string[]];
// Each tier's offer asks the same questions: its messages name the tier ("for the low complexity offer").
const tierOffer: Place = (path) => {
  const tier = complexityTiers.find((t) => t.id === keyAfter(path, "offers"));
  return tier ? `the ${tier.name.toLowerCase()} offer` : undefined;
};
const m = (text: string) => placed(text, tierOffer);
const phase = (name: string) =>
  z
    .string(m(`Enter what happens in ${name} as text`))
    .trim()
    .max(5000, m(`What happens in ${name} must be 5,000 characters or fewer`));
const choices = (list: [string, ...string[]], what: string, max: number) =>
  z
    .array(z.enum(list, choiceIn(`Select ${what} from the list`, tierOffer)), m(`Select the ${what}`))
    .max(max, m(`Select each of the ${what} once`));

/** A provider's intervention offer for one complexity tier. Every field may be empty while drafting. */
export const interventionOfferSchema = z
  .object(
    {
      title: z
        .string(m("Enter the offer's title as text"))
        .trim()
        .max(200, m("The offer's title must be 200 characters or fewer")),
      assessAndPlan: phase("Assess & Plan"),
      implement: phase("Implement"),
      reviewAndEvaluate: phase("Review & Evaluate"),
      sessions: z
        .number(m("Enter the number of sessions"))
        .int(m("Enter a whole number of sessions"))
        .min(1, m("Offer at least 1 session"))
        .max(200, m("Offer 200 sessions or fewer")),
      sessionMinutes: z
        .number(m("Enter the session length in minutes"))
        .int(m("Enter the session length in whole minutes"))
        .min(15, m("Sessions must be at least 15 minutes"))
        .max(480, m("Sessions must be 8 hours or shorter")),
      deliveryMethods: choices(ids(deliveryMethods), "delivery methods", deliveryMethods.length),
      settings: choices(ids(settings), "settings", settings.length),
      cohorts: choices(ids(cohorts), "cohorts", cohorts.length),
      pduIds: choices(pduIds, "PDUs", pduIds.length),
      pricePerReferralPence: z
        .number(m("Enter the price per referral"))
        .int(m("Enter the price in whole pence"))
        .min(1, m("The price must be more than zero"))
        .max(100_000_000, m("The price is too high")),
      capacityPerYear: z
        .number(m("Enter the capacity a year"))
        .int(m("Enter a whole number of referrals"))
        .min(1, m("Capacity must be at least 1 referral a year"))
        .max(100_000, m("Capacity must be 100,000 or fewer")),
    },
    m("Enter the offer"),
  )
  .partial();
export type InterventionOffer = z.infer<typeof interventionOfferSchema>;

const answerTo = (text: (question: string) => string) =>
  placed((where) => text(where ?? "the question"), questionKey("qualityAnswers"));

/** The content of a bid; drafts may be partial. */
export const bidContentSchema = z.object(
  {
    offers: z
      .partialRecord(tierIdSchema, interventionOfferSchema, {
        error: (issue) => unknownKeys(issue) ?? "Enter an offer for each complexity level you bid for",
      })
      .default({}),
    qualityAnswers: z
      .record(
        z
          .string()
          .max(4, "Answer only the questions the opportunity asks")
          .regex(/^q[0-9]{1,3}$/, "Answer only the questions the opportunity asks"),
        z.string(answerTo((q) => `Enter the answer to ${q} as text`)).max(
          15_000,
          answerTo((q) => `The answer to ${q} must be 15,000 characters or fewer`),
        ),
        { message: "Answer only the questions the opportunity asks" },
      )
      .default({}),
    socialValueAnswer: z
      .string({ message: "Enter the social value answer as text" })
      .max(15_000, "The social value answer must be 15,000 characters or fewer")
      .default(""),
    attachments: z
      .array(attachmentSchema, { message: "Attach the files again" })
      .max(20, "Attach 20 files or fewer")
      .default([]),
  },
  { message: "Enter the bid's offers and answers" },
);
export type BidContent = z.infer<typeof bidContentSchema>;

export const saveBidSchema = z.object({
  content: bidContentSchema,
  /** 0 when creating the bid; otherwise the version the provider loaded. */
  version: z.number({ message: "Reload your bid and try again" }).int().min(0),
});

/** Awarded and unsuccessful are set when contracts are created after standstill (issue 4). */
export const bidStatusSchema = z.enum(["draft", "submitted", "withdrawn", "awarded", "unsuccessful"]);
export type BidStatus = z.infer<typeof bidStatusSchema>;

/** Statuses of a bid that was submitted by the deadline (and so is evaluated). */
export const submittedStatuses: readonly BidStatus[] = ["submitted", "awarded", "unsuccessful"];

/** A bid as its provider (and, after the deadline, the commissioners) see it. */
export const bidSchema = z.object({
  opportunityId: z.string(),
  organisationId: z.string(),
  organisationName: z.string(),
  status: bidStatusSchema,
  content: bidContentSchema,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  submittedAt: z.iso.datetime().optional(),
  withdrawnAt: z.iso.datetime().optional(),
  version: z.number().int(),
});
export type Bid = z.infer<typeof bidSchema>;

/**
 * Who bid and when — what any commissioner of the region sees once bids are unsealed. The content is
 * read bid by bid, and only by a panel member who has declared no conflict with the bidder (`canRead`).
 */
export const bidderSchema = bidSchema
  .pick({
    opportunityId: true,
    organisationId: true,
    organisationName: true,
    status: true,
    submittedAt: true,
  })
  .extend({ canRead: z.boolean() });
export type Bidder = z.infer<typeof bidderSchema>;

/** Before the deadline a commissioner learns only how many bids are in; afterwards, who bid and when. */
export const bidsForCommissionerSchema = z.object({
  sealed: z.boolean(),
  submittedCount: z.number().int(),
  items: z.array(bidderSchema),
  nextCursor: z.string().optional(),
});
