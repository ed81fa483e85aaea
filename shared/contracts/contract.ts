import * as z from "zod";
import { tierIdSchema } from "../reference/schema.ts";

const isoDate = z.iso.date();

/**
 * A live intervention: one awarded tier offer of a contract, as the referral catalogue shows it.
 * Written when the contract is created (issue 4) and read by the catalogue and referrals (issue 5).
 */
export const interventionSchema = z.object({
  id: z.string(),
  contractId: z.string(),
  contractReference: z.string(),
  opportunityId: z.string(),
  organisationId: z.string(),
  organisationName: z.string(),
  needAreaId: z.string(),
  tierId: tierIdSchema,
  title: z.string(),
  assessAndPlan: z.string(),
  implement: z.string(),
  reviewAndEvaluate: z.string(),
  sessions: z.number().int(),
  sessionMinutes: z.number().int(),
  deliveryMethods: z.array(z.string()),
  settings: z.array(z.string()),
  cohorts: z.array(z.string()),
  regionIds: z.array(z.string()).min(1),
  pduIds: z.array(z.string()).min(1),
  pricePerReferralPence: z.number().int(),
  capacityPerYear: z.number().int(),
  /** Inclusive dates (Europe/London) during which officers may refer to it. */
  startDate: isoDate,
  endDate: isoDate,
  /** Set when its contract is terminated: referrals already sent may be delivered under it until this date. */
  completeUntil: isoDate.optional(),
});
export type Intervention = z.infer<typeof interventionSchema>;

/** A call-off contract: one provider, one opportunity, one intervention per awarded tier. */
export const contractSchema = z.object({
  id: z.string(),
  /** Human reference, e.g. DFP-LON-ACC-0007. */
  reference: z.string(),
  opportunityId: z.string(),
  opportunityTitle: z.string(),
  organisationId: z.string(),
  organisationName: z.string(),
  needAreaId: z.string(),
  regionIds: z.array(z.string()).min(1),
  pduIds: z.array(z.string()).min(1),
  interventions: z.array(interventionSchema).min(1),
  capacityPerYear: z.number().int(),
  startDate: isoDate,
  endDate: isoDate,
  createdAt: z.iso.datetime(),
  /** Live until terminated or past its end date (contract management, issue 18); absent means live. */
  status: z.enum(["live", "terminated", "expired"]).optional(),
  /** The version of its terms it holds now (1, absent, as awarded) and the date that version took effect. */
  termsVersion: z.number().int().optional(),
  termsEffectiveFrom: isoDate.optional(),
  serviceDescription: z.string().optional(),
  /** The latest end date an extension may reach; absent means two years after the awarded end date. */
  latestEndDate: isoDate.optional(),
  /** Set while the supplier is suspended or removed from the dynamic market (issue 20): commissioners see a warning. */
  supplierMembership: z.enum(["suspended", "removed"]).optional(),
  termination: z
    .object({
      reason: z.enum(["expiry", "breach", "provider-request", "no-longer-needed", "other"]),
      detail: z.string(),
      effectiveDate: isoDate,
      completeUntil: isoDate,
      at: z.iso.datetime(),
    })
    .optional(),
});
export type Contract = z.infer<typeof contractSchema>;
