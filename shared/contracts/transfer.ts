import * as z from "zod";
import { tierIdSchema } from "../reference/schema.ts";

const choose = "Select the contract to transfer the referral to";

/** The commissioner moves one open referral of an ended contract to another live contract. */
export const transferReferralSchema = z.object({
  toContractId: z.string({ message: choose }).min(1, choose).max(64, choose),
  /** The referral's version as the commissioner saw it: a referral changed since is a conflict. */
  version: z
    .number({ message: "Reload the page: the version you saw is missing" })
    .int("Reload the page: the version you saw is missing")
    .min(1, "Reload the page: the version you saw is missing"),
});
export type TransferReferral = z.infer<typeof transferReferralSchema>;

/** One open referral under an ended contract, as its parties see it (no personal data beyond the reference). */
export const openContractReferralSchema = z.object({
  id: z.string(),
  reference: z.string().optional(),
  status: z.string(),
  tierId: tierIdSchema,
  pdu: z.string(),
  officerName: z.string(),
  sentAt: z.iso.datetime().optional(),
  version: z.number().int(),
});
export type OpenContractReferral = z.infer<typeof openContractReferralSchema>;

/** A live contract an open referral may move to: same need area, covering the referral's delivery unit. */
export const transferTargetSchema = z.object({
  id: z.string(),
  reference: z.string(),
  organisationName: z.string(),
  pduIds: z.array(z.string()),
  tierIds: z.array(tierIdSchema),
});
export type TransferTarget = z.infer<typeof transferTargetSchema>;

/** What the open referrals page reads: the completion window, the referrals, and (commissioners) where they may go. */
export const openContractReferralsSchema = z.object({
  completeUntil: z.iso.date().optional(),
  /** True once today (Europe/London) is after `completeUntil`: delivery under this contract is refused. */
  pastCompleteUntil: z.boolean().optional(),
  items: z.array(openContractReferralSchema),
  targets: z.array(transferTargetSchema),
});
export type OpenContractReferrals = z.infer<typeof openContractReferralsSchema>;
