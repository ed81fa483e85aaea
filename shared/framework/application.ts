import * as z from "zod";
import { attachmentSchema } from "../documents/document.ts";
import { choiceIn } from "../http/field-messages.ts";
import { needAreas } from "../reference/need-areas.ts";
import { regions } from "../reference/regions.ts";

const needAreaIds = needAreas.map((n) => n.id);
const regionIds = regions.map((r) => r.id);

export const organisationSizeSchema = z.enum(["micro", "small", "medium", "large"], {
  message: "Select the size of your organisation",
});

/** What a provider organisation sends to join the framework. */
export const applicationInputSchema = z.object({
  organisationName: z
    .string({ message: "Enter your organisation's name" })
    .trim()
    .min(1, "Enter your organisation's name")
    .max(200, "Organisation name must be 200 characters or fewer"),
  legalForm: z
    .string({ message: "Enter your organisation's legal form" })
    .trim()
    .min(1, "Enter your organisation's legal form")
    .max(100, "Legal form must be 100 characters or fewer"),
  registrationNumber: z
    .string({ message: "Enter your charity or company number" })
    .trim()
    .max(10, "Enter a charity or company number of 6 to 10 letters and digits")
    .regex(/^[A-Z0-9]{6,10}$/i, "Enter a charity or company number of 6 to 10 letters and digits"),
  size: organisationSizeSchema,
  vcse: z.boolean({ message: "Select whether your organisation is a VCSE" }),
  needAreaIds: z
    .array(z.enum(needAreaIds as [string, ...string[]], choiceIn("Select need areas from the list")), {
      message: "Select at least one need area",
    })
    .min(1, "Select at least one need area")
    .max(needAreaIds.length, "Select each need area once"),
  regionIds: z
    .array(z.enum(regionIds as [string, ...string[]], choiceIn("Select regions from the list")), {
      message: "Select at least one region",
    })
    .min(1, "Select at least one region")
    .max(regionIds.length, "Select each region once"),
  safeguardingDeclaration: z.literal(true, {
    message: "Confirm that your organisation meets the safeguarding requirements",
  }),
  dataProtectionDeclaration: z.literal(true, {
    message: "Confirm that your organisation meets the data protection requirements",
  }),
  /** Supporting documents (policies, accounts, insurance), uploaded first. */
  attachments: z
    .array(attachmentSchema, { message: "Attach the files again" })
    .max(10, "Attach 10 files or fewer")
    .default([]),
});
export type ApplicationInput = z.infer<typeof applicationInputSchema>;

/** How the administrators' list is ordered: by decision due date, soonest or latest first. */
export const applicationOrderSchema = z.enum(["due-soonest", "due-latest"], {
  message: "Select due soonest or due latest",
});
export type ApplicationOrder = z.infer<typeof applicationOrderSchema>;

export const applicationStatusSchema = z.enum(["submitted", "admitted", "rejected"], {
  message: "Select submitted, admitted or rejected applications",
});
export type ApplicationStatus = z.infer<typeof applicationStatusSchema>;

/** A framework application as stored and shown. */
export const applicationSchema = applicationInputSchema.extend({
  id: z.string(),
  organisationId: z.string(),
  status: applicationStatusSchema,
  submittedAt: z.iso.datetime(),
  submittedBy: z.string(),
  /** When a decision is due: submission + the configured working days, stored once at submission. */
  decisionDueAt: z.iso.datetime().optional(),
  /** Read-time flag for administrators: still undecided after its due date. */
  overdue: z.boolean().optional(),
  decidedAt: z.iso.datetime().optional(),
  decidedBy: z.string().optional(),
  decisionReason: z.string().optional(),
  version: z.number().int(),
});
export type Application = z.infer<typeof applicationSchema>;

/** A framework administrator's decision. A rejection must say why. */
export const decisionInputSchema = z
  .object({
    decision: z.enum(["admit", "reject"], { message: "Select admit or reject" }),
    reason: z
      .string({ message: "Enter the reason as text" })
      .trim()
      .max(2000, "Reason must be 2,000 characters or fewer")
      .optional(),
    version: z.number({ message: "Reload the application and try again" }).int(),
  })
  .refine((d) => d.decision === "admit" || (d.reason?.length ?? 0) > 0, {
    path: ["reason"],
    message: "Enter the reason for rejecting the application",
  });
export type DecisionInput = z.infer<typeof decisionInputSchema>;
