import * as z from "zod";
import { text, versionSchema } from "./fields.ts";
import { partySchema } from "./party.ts";

const pence = (what: string) =>
  z
    .number({ message: `Enter ${what} in pence, as a whole number` })
    .int(`Enter ${what} in pence, as a whole number`)
    .min(0, `${what[0]!.toUpperCase()}${what.slice(1)} cannot be negative`)
    .max(100_000_000_000, `${what[0]!.toUpperCase()}${what.slice(1)} must be £1 billion or less`);

/** The escalation levels of seed 003 §7.4: the executive's decision is final and binding. */
export const issueLevels = ["contract-managers", "sub-committee", "executive"] as const;
export type IssueLevel = (typeof issueLevels)[number];

/** An issue report (seed 003 §7.4.1), as the party invoking the process writes it. */
export const raiseIssueSchema = z.object({
  title: text("a short title", 120),
  firstRaisedOn: z.iso.date({ message: "Enter the date the issue was first raised, for example 2027-01-31" }),
  description: text("a description with the evidence and any history of similar problems", 5000),
  implications: text("the implications", 2000),
  severity: z.enum(["low", "medium", "high"], { message: "Select the severity" }),
  urgency: z.enum(["low", "medium", "high"], { message: "Select the urgency" }),
  currentCostPence: pence("the current cost"),
  potentialCostPence: pence("the potential cost"),
  workUnderWay: text("the work under way to resolve it", 2000),
  /** Raised against a change (seed 003 §8.1.10): within 10 working days of its decision or notice. */
  changeId: z
    .string({ message: "Select the change the issue is about" })
    .min(1, "Select the change the issue is about")
    .max(64, "Select the change the issue is about")
    .optional(),
});
export type RaiseIssue = z.infer<typeof raiseIssueSchema>;

/** Sharing the report, commenting on it, escalating it or deciding it at its level. */
export const issueStepSchema = z
  .object({
    step: z.enum(["share", "comment", "escalate", "decide"], {
      message: "Select share, comment, escalate or decide",
    }),
    text: text("your comment or reasons", 2000).optional(),
    version: versionSchema,
  })
  .refine((s) => s.step === "share" || s.text, { message: "Enter your comment or reasons", path: ["text"] });

/** An issue report and its life: shared, commented, escalated level by level, decided. */
export const contractIssueSchema = raiseIssueSchema.extend({
  id: z.string(),
  contractId: z.string(),
  contractReference: z.string(),
  number: z.number().int(),
  originator: partySchema,
  raisedAt: z.iso.datetime(),
  status: z.enum(["raised", "shared", "resolved"]),
  /** The end of the 10th working day after it was raised: the report must be shared by then. */
  shareBy: z.iso.datetime(),
  sharedAt: z.iso.datetime().optional(),
  /** Not shared and past `shareBy` (computed when read). */
  overdue: z.boolean(),
  level: z.enum(issueLevels),
  comments: z.array(z.object({ text: z.string(), by: partySchema, at: z.iso.datetime() })),
  decisions: z.array(
    z.object({
      level: z.enum(issueLevels),
      outcome: z.enum(["escalated", "resolved"]),
      reasons: z.string(),
      by: partySchema,
      at: z.iso.datetime(),
    }),
  ),
  version: z.number().int(),
});
export type ContractIssue = z.infer<typeof contractIssueSchema>;

/** An issue as stored: the overdue flag is worked out when it is read; the keys place it on the homes. */
export type StoredIssue = Omit<ContractIssue, "overdue"> & { organisationId: string; regionId: string };

/** Adds the overdue flag: not yet shared and past the end of its 10th working day. */
export const withOverdue = (issue: StoredIssue, at: Date): ContractIssue => ({
  ...issue,
  overdue: issue.status === "raised" && at.toISOString() > issue.shareBy,
});
