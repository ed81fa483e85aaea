import * as z from "zod";
import { text, versionSchema } from "./fields.ts";
import { partySchema } from "./party.ts";
import { choiceIn, listItem, placed } from "../http/field-messages.ts";

/** A date field, its message naming it (two dates in one form must not read the same). */
const isoDate = (what: string) =>
  z.iso.date({ message: `Enter ${what} as a real date, for example 2027-04-01` });
const tier = listItem("tiers", "changed tier");

/** What a change alters: any of each tier's price and capacity, the PDUs, the end date, the description. */
export const changeTermsSchema = z
  .object(
    {
      tiers: z
        .array(
          z.object(
            {
              interventionId: z
                .string(placed("Select a tier of this contract", tier))
                .min(1, placed("Select a tier of this contract", tier))
                .max(64, placed("Select a tier of this contract", tier)),
              pricePerReferralPence: z
                .number(placed("Enter the price per referral in pence, as a whole number", tier))
                .int(placed("Enter the price per referral in pence, as a whole number", tier))
                .min(1, placed("The price per referral must be more than 0", tier))
                .max(10_000_000, placed("The price per referral must be £100,000 or less", tier))
                .optional(),
              capacityPerYear: z
                .number(placed("Enter the capacity as a whole number of referrals a year", tier))
                .int(placed("Enter the capacity as a whole number of referrals a year", tier))
                .min(1, placed("The capacity must be at least 1 referral a year", tier))
                .max(100_000, placed("The capacity must be 100,000 referrals a year or fewer", tier))
                .optional(),
            },
            { message: "Give each changed tier's price or capacity" },
          ),
          { message: "List the tiers whose price or capacity changes" },
        )
        .max(3, "A contract has at most three tiers")
        .optional(),
      pduIds: z
        .array(
          z
            .string(choiceIn("Select a probation delivery unit from the list"))
            .min(1, choiceIn("Select a probation delivery unit from the list"))
            .max(64, choiceIn("Select a probation delivery unit from the list")),
          { message: "Select the probation delivery units the contract covers" },
        )
        .min(1, "Select at least one probation delivery unit")
        .max(100, "Select 100 delivery units or fewer")
        .optional(),
      endDate: isoDate("the new end date").optional(),
      serviceDescription: text("the service description", 4000).optional(),
    },
    { message: "Say what the change alters" },
  )
  .refine((t) => t.tiers?.length || t.pduIds || t.endDate || t.serviceDescription, {
    message:
      "Say what the change alters: a price, a capacity, the delivery units, the end date or the description",
    path: ["tiers"],
  });
export type ChangeTerms = z.infer<typeof changeTermsSchema>;

/** A Notice of Change: discretionary (either party) or mandatory (the commissioner only). */
export const proposeChangeSchema = z.object({
  kind: z.enum(["discretionary", "mandatory"], { message: "Select discretionary or mandatory" }),
  terms: changeTermsSchema,
  reason: text("why the change is needed", 2000),
  businessCase: text("the business case", 5000).optional(),
  /** Absent on a mandatory change: it takes effect on notification. */
  effectiveDate: isoDate("the date it takes effect").optional(),
  attachmentIds: z
    .array(
      z
        .string(choiceIn("Attach a document you uploaded"))
        .min(1, choiceIn("Attach a document you uploaded"))
        .max(64, choiceIn("Attach a document you uploaded")),
      { message: "Attach the documents as a list" },
    )
    .max(10, "Attach 10 documents or fewer")
    .optional(),
});
export type ProposeChange = z.infer<typeof proposeChangeSchema>;

/** The other party's response: a comment, a request for clarification, or the clarification asked for. */
export const respondToChangeSchema = z.object({
  kind: z.enum(["comment", "clarification-request", "clarification"], {
    message: "Select a comment, a request for clarification or a clarification",
  }),
  text: text("your response", 2000),
  version: versionSchema,
});

/** The commissioner's decision (seed 003 §8.1.6), always with a reason. */
export const decideChangeSchema = z
  .object({
    outcome: z.enum(["as-proposed", "as-modified", "no-change"], {
      message: "Select amend as proposed, amend as modified or make no change",
    }),
    reason: text("the reason for your decision", 2000),
    terms: changeTermsSchema.optional(),
    effectiveDate: isoDate("the date it takes effect").optional(),
    version: versionSchema,
  })
  .refine((d) => d.outcome !== "as-modified" || d.terms, {
    message: "Enter the modified terms",
    path: ["terms"],
  });

/** One altered fact, old and new, as a Procurement Act contract change notice needs it. */
export const changeFactSchema = z.object({
  field: z.string(),
  from: z.string(),
  to: z.string(),
});

/** A Notice of Change as stored and shown in the change register. */
export const contractChangeSchema = z.object({
  id: z.string(),
  contractId: z.string(),
  /** NoC 1, NoC 2… per contract. */
  number: z.number().int(),
  kind: z.enum(["discretionary", "mandatory"]),
  status: z.enum(["proposed", "agreed", "applied", "rejected"]),
  proposedBy: partySchema,
  proposedAt: z.iso.datetime(),
  terms: changeTermsSchema,
  reason: z.string(),
  businessCase: z.string().optional(),
  effectiveDate: z.iso.date(),
  attachmentIds: z.array(z.string()),
  responses: z.array(z.object({ kind: z.string(), text: z.string(), by: partySchema, at: z.iso.datetime() })),
  decision: z
    .object({
      outcome: z.enum(["as-proposed", "as-modified", "no-change"]),
      reason: z.string(),
      by: partySchema,
      at: z.iso.datetime(),
    })
    .optional(),
  /** What a contract change notice needs: the agreed terms, each fact old → new, the annual value delta. */
  notice: z
    .object({
      agreedTerms: changeTermsSchema,
      changes: z.array(changeFactSchema),
      effectiveDate: z.iso.date(),
      reason: z.string(),
      annualValueDeltaPence: z.number().int(),
    })
    .optional(),
  appliedAt: z.iso.datetime().optional(),
  /** The last day a provider may open an issue against it (seed 003 §8.1.10), once decided or notified. */
  issueWindowEndsAt: z.iso.datetime().optional(),
  version: z.number().int(),
});
export type ContractChange = z.infer<typeof contractChangeSchema>;

/** The commissioner's termination: a reason from the list, an explanation, the date, and the completion window. */
export const terminateContractSchema = z.object({
  reason: z.enum(["expiry", "breach", "provider-request", "no-longer-needed", "other"], {
    message: "Select the reason for ending the contract",
  }),
  detail: text("why the contract is ending", 2000),
  effectiveDate: isoDate("the date the contract ends"),
  completeUntil: isoDate("the last date open referrals may complete"),
  termsVersion: versionSchema.min(1, "Reload the page: the version you saw is missing"),
});
