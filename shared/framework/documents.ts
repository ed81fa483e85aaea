import * as z from "zod";
import { attachmentSchema } from "../documents/document.ts";

/** The framework documents that expire (issue 20 item 4): each supplier keeps one current copy of each. */
export const frameworkDocumentKinds = ["insurance-certificate", "safeguarding-policy"] as const;
export type FrameworkDocumentKind = (typeof frameworkDocumentKinds)[number];

/** Each kind as people name it. */
export const frameworkDocumentNames: Record<FrameworkDocumentKind, string> = {
  "insurance-certificate": "Insurance certificate",
  "safeguarding-policy": "Safeguarding policy",
};

/** A supplier uploads a framework document with the date it expires (or is due for review). */
export const frameworkDocumentInputSchema = z.object({
  kind: z.enum(frameworkDocumentKinds, { message: "Select which document this is" }),
  expiresOn: z.iso.date({ message: "Enter the expiry date as a real date, for example 2027-04-01" }),
  attachment: attachmentSchema,
});
export type FrameworkDocumentInput = z.infer<typeof frameworkDocumentInputSchema>;

/** A supplier's current framework document, as it and administrators see it. */
export const frameworkDocumentSchema = z.object({
  organisationId: z.string(),
  organisationName: z.string(),
  kind: z.enum(frameworkDocumentKinds),
  expiresOn: z.iso.date(),
  attachment: attachmentSchema,
  uploadedAt: z.iso.datetime(),
  /** Read-time flag: its expiry date has passed. */
  lapsed: z.boolean().optional(),
});
export type FrameworkDocument = z.infer<typeof frameworkDocumentSchema>;
