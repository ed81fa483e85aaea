import * as z from "zod";
import { tierIdSchema } from "../reference/schema.ts";
import type { Contract } from "./contract.ts";

const isoDate = z.iso.date();

/** One tier's commercial terms within a version of a contract's terms. */
export const tierTermsSchema = z.object({
  interventionId: z.string(),
  tierId: tierIdSchema,
  pricePerReferralPence: z.number().int(),
  capacityPerYear: z.number().int(),
});
export type TierTerms = z.infer<typeof tierTermsSchema>;

/**
 * One version of a contract's terms, in force from `effectiveFrom` until the next version's date.
 * Every version is kept, so the terms "as at" any date (the price a referral was sent under) can be read.
 */
export const contractTermsSchema = z.object({
  contractId: z.string(),
  version: z.number().int().min(1),
  effectiveFrom: isoDate,
  tiers: z.array(tierTermsSchema),
  pduIds: z.array(z.string()),
  endDate: isoDate,
  serviceDescription: z.string().optional(),
  /** The change that made this version; absent for the terms as awarded. */
  changeId: z.string().optional(),
  recordedAt: z.iso.datetime(),
});
export type ContractTerms = z.infer<typeof contractTermsSchema>;

/** The terms a contract holds now, as a version (the awarded terms are version 1). */
export const currentTerms = (c: Contract & { termsVersion?: number; termsEffectiveFrom?: string }) =>
  ({
    contractId: c.id,
    version: c.termsVersion ?? 1,
    effectiveFrom: c.termsEffectiveFrom ?? c.startDate,
    tiers: c.interventions.map((i) => ({
      interventionId: i.id,
      tierId: i.tierId,
      pricePerReferralPence: i.pricePerReferralPence,
      capacityPerYear: i.capacityPerYear,
    })),
    pduIds: c.pduIds,
    endDate: c.endDate,
    ...(c.serviceDescription ? { serviceDescription: c.serviceDescription } : {}),
    recordedAt: c.createdAt,
  }) satisfies ContractTerms;

/** The version in force on `date` (YYYY-MM-DD): the latest whose effective date is on or before it. */
export const termsAsAt = (versions: ContractTerms[], date: string): ContractTerms | undefined =>
  [...versions]
    .sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom) || a.version - b.version)
    .filter((v) => v.effectiveFrom <= date)
    .at(-1);
