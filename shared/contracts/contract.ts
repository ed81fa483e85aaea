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
});
export type Contract = z.infer<typeof contractSchema>;
