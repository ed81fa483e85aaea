import * as z from "zod";

/**
 * Procurement Act 2023 notices as the portal drafts and publishes them (issue 20). A notice's facts come
 * from the record and never change; only its free text is the commissioner's to write. Once published a
 * notice is immutable: a correction is a new notice that names the one it corrects.
 */
export const noticeKinds = [
  "dynamicMarketEstablishment",
  "dynamicMarketModification",
  "dynamicMarketCessation",
  "tender",
  "tenderChange",
  "contractAward",
  "contractDetails",
  "procurementTermination",
  "contractChange",
  "contractPerformance",
  "contractTermination",
] as const;
export const noticeKindSchema = z.enum(noticeKinds, { message: "Select a kind of notice from the list" });
export type NoticeKind = z.infer<typeof noticeKindSchema>;

/** The kinds a commissioner drafts from a competition's or the framework's own pages. */
export const draftableKinds = [
  "dynamicMarketEstablishment",
  "dynamicMarketModification",
  "dynamicMarketCessation",
  "tender",
  "tenderChange",
  "contractAward",
  "contractDetails",
  "procurementTermination",
] as const satisfies readonly NoticeKind[];
export type DraftableKind = (typeof draftableKinds)[number];

/** Each kind's name as the Procurement Act and the register call it. */
export const noticeKindNames: Record<NoticeKind, string> = {
  dynamicMarketEstablishment: "Dynamic market notice: establishment",
  dynamicMarketModification: "Dynamic market notice: modification",
  dynamicMarketCessation: "Dynamic market notice: cessation",
  tender: "Tender notice",
  tenderChange: "Tender change notice",
  contractAward: "Contract award notice",
  contractDetails: "Contract details notice",
  procurementTermination: "Procurement termination notice",
  contractChange: "Contract change notice",
  contractPerformance: "Contract performance notice",
  contractTermination: "Contract termination notice",
};

/** The procurement of the dynamic market itself (its notices live under this id). */
export const frameworkProcurementId = "framework";

/** One fact of a notice as its page shows it: taken from the record, never edited. */
export const noticeFactSchema = z.object({ label: z.string(), value: z.string() });
export type NoticeFact = z.infer<typeof noticeFactSchema>;

/** A notice as anyone may read it (published) or its commissioner reviews it (draft). */
export const noticeSchema = z.object({
  id: z.string(),
  procurementId: z.string(),
  procurementTitle: z.string(),
  ocid: z.string(),
  kind: noticeKindSchema,
  kindName: z.string(),
  status: z.enum(["draft", "published"]),
  facts: z.array(noticeFactSchema),
  description: z.string(),
  needAreaId: z.string().optional(),
  regionIds: z.array(z.string()),
  /** The notice this one corrects, if it is a correction. */
  corrects: z.string().optional(),
  createdAt: z.iso.datetime(),
  publishedAt: z.iso.datetime().optional(),
  version: z.number().int(),
});
export type Notice = z.infer<typeof noticeSchema>;

const description = z
  .string({ message: "Write the description as text" })
  .trim()
  .min(1, "Write a description of the notice")
  .max(5000, "The description must be 5,000 characters or fewer");
const version = z.number({ message: "Reload the page and try again" }).int().min(0);

/** The commissioner asks the portal to draft a notice of a kind from the record. */
export const draftNoticeSchema = z.object({
  kind: z.enum(draftableKinds, { message: "Select a kind of notice from the list" }),
});

/** The commissioner edits a draft's free text (the facts are the record's). */
export const editNoticeSchema = z.object({ description, version });

/** The commissioner publishes a draft as read. */
export const publishNoticeSchema = z.object({ version });

/** What a competition's notices page shows: its notices, and the kinds now due to be drafted. */
export const procurementNoticesSchema = z.object({
  procurementId: z.string(),
  items: z.array(noticeSchema),
  due: z.array(z.object({ kind: noticeKindSchema, kindName: z.string(), reason: z.string() })),
});

/** Filters of the public register; every one optional. */
export const registerQuerySchema = z.object({
  kind: noticeKindSchema.optional(),
  needArea: z.string().max(64, "Select a need area from the list").optional(),
  region: z.string().max(64, "Select a region from the list").optional(),
  from: z.iso.date({ message: "Enter the from date as a real date" }).optional(),
  to: z.iso.date({ message: "Enter the to date as a real date" }).optional(),
  text: z.string().trim().max(100, "Search for 100 characters or fewer").optional(),
  cursor: z.string().max(2048, "Start again from the first page").optional(),
});
export type RegisterQuery = z.infer<typeof registerQuerySchema>;

/** A line of the public register. */
export const registerEntrySchema = noticeSchema.pick({
  id: true,
  procurementId: true,
  procurementTitle: true,
  kind: true,
  kindName: true,
  needAreaId: true,
  regionIds: true,
  publishedAt: true,
});
export type RegisterEntry = z.infer<typeof registerEntrySchema>;
