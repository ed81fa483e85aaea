import * as z from "zod";
import { attachmentSchema } from "../documents/document.ts";
import { referenceData } from "../reference/index.ts";
import { tierIdSchema } from "../reference/schema.ts";

const ids = (list: { id: string }[]) => list.map((x) => x.id) as [string, ...string[]];
const pduIds = referenceData.regions.flatMap((r) => r.pdus.map((p) => p.id)) as [string, ...string[]];
const phase = (name: string) =>
  z.string().trim().max(5000, `What happens in ${name} must be 5,000 characters or fewer`);

/** A provider's intervention offer for one complexity tier. Every field may be empty while drafting. */
export const interventionOfferSchema = z
  .object({
    title: z.string().trim().max(200, "The offer's title must be 200 characters or fewer"),
    assessAndPlan: phase("Assess & Plan"),
    implement: phase("Implement"),
    reviewAndEvaluate: phase("Review & Evaluate"),
    sessions: z
      .number({ message: "Enter the number of sessions" })
      .int("Enter a whole number of sessions")
      .min(1, "Offer at least 1 session")
      .max(200, "Offer 200 sessions or fewer"),
    sessionMinutes: z
      .number({ message: "Enter the session length in minutes" })
      .int("Enter the length in whole minutes")
      .min(15, "Sessions must be at least 15 minutes")
      .max(480, "Sessions must be 8 hours or shorter"),
    deliveryMethods: z
      .array(z.enum(ids(referenceData.deliveryMethods), { message: "Select delivery methods from the list" }))
      .max(referenceData.deliveryMethods.length, "Select each delivery method once"),
    settings: z
      .array(z.enum(ids(referenceData.settings), { message: "Select settings from the list" }))
      .max(referenceData.settings.length, "Select each setting once"),
    cohorts: z
      .array(z.enum(ids(referenceData.cohorts), { message: "Select cohorts from the list" }))
      .max(referenceData.cohorts.length, "Select each cohort once"),
    pduIds: z
      .array(z.enum(pduIds, { message: "Select PDUs from the list" }))
      .max(pduIds.length, "Select each PDU once"),
    pricePerReferralPence: z
      .number({ message: "Enter the price per referral" })
      .int("Enter the price in whole pence")
      .min(1, "The price must be more than zero")
      .max(100_000_000, "The price is too high"),
    capacityPerYear: z
      .number({ message: "Enter the capacity a year" })
      .int("Enter a whole number of referrals")
      .min(1, "Capacity must be at least 1 referral a year")
      .max(100_000, "Capacity must be 100,000 or fewer"),
  })
  .partial();
export type InterventionOffer = z.infer<typeof interventionOfferSchema>;

/** The content of a bid; drafts may be partial. */
export const bidContentSchema = z.object({
  offers: z.partialRecord(tierIdSchema, interventionOfferSchema).default({}),
  qualityAnswers: z
    .record(
      z
        .string()
        .max(4, "Unknown question")
        .regex(/^q[0-9]{1,3}$/, "Unknown question"),
      z.string().max(15_000, "Answers must be 15,000 characters or fewer"),
    )
    .default({}),
  socialValueAnswer: z
    .string()
    .max(15_000, "The social value answer must be 15,000 characters or fewer")
    .default(""),
  attachments: z.array(attachmentSchema).max(20, "Attach 20 files or fewer").default([]),
});
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
