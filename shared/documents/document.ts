import * as z from "zod";
import { listItem, placed } from "../http/field-messages.ts";

/** The file types a provider may upload (seen by people as these names). */
export const documentTypes = [
  { contentType: "application/pdf", extensions: ["pdf"], name: "PDF" },
  {
    contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    extensions: ["docx"],
    name: "DOCX",
  },
  { contentType: "application/vnd.oasis.opendocument.text", extensions: ["odt"], name: "ODT" },
  {
    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    extensions: ["xlsx"],
    name: "XLSX",
  },
  { contentType: "text/csv", extensions: ["csv"], name: "CSV" },
  { contentType: "image/png", extensions: ["png"], name: "PNG" },
  { contentType: "image/jpeg", extensions: ["jpg", "jpeg"], name: "JPEG" },
] as const;

export type DocumentContentType = (typeof documentTypes)[number]["contentType"];

/** 20 MB, the largest file S3 will take through an upload policy. */
export const maxDocumentBytes = 20 * 1024 * 1024;

const typeNames = "PDF, DOCX, ODT, XLSX, CSV, PNG or JPEG";
export const wrongTypeMessage = `The selected file must be a ${typeNames}`;
export const tooLargeMessage = "The selected file must be smaller than 20 MB";
export const emptyFileMessage = "The selected file is empty";

/**
 * The content type for a file a person picked: browsers report some types (CSV, ODT) inconsistently,
 * so the extension decides, and a file is allowed only if both agree on one of the allowed types.
 */
export const documentTypeFor = (fileName: string): DocumentContentType | undefined => {
  const extension = fileName.toLowerCase().split(".").pop() ?? "";
  return documentTypes.find((t) => (t.extensions as readonly string[]).includes(extension))?.contentType;
};

/** The extensions a person would recognise for a type, for messages: ".jpg or .jpeg". */
const extensionsOf = (contentType: string) =>
  (documentTypes.find((t) => t.contentType === contentType)?.extensions ?? [])
    .map((e) => `.${e}`)
    .join(" or ");

/** The name people know a type by (PDF, DOCX…), or the raw content type when it is not one of ours. */
export const typeNameOf = (contentType: string): string =>
  documentTypes.find((t) => t.contentType === contentType)?.name ?? contentType;

/** Whose record a document belongs to; the object key is derived from it. */
export const documentOwnerSchema = z.discriminatedUnion(
  "type",
  [
    z.object({
      type: z.literal("bid"),
      opportunityId: z
        .string({ message: "Say which opportunity the document is for" })
        .min(1, "Say which opportunity the document is for")
        .max(64, "Say which opportunity the document is for"),
    }),
    z.object({ type: z.literal("application") }),
    z.object({ type: z.literal("framework-document") }),
  ],
  { message: "Say what the document belongs to" },
);
export type DocumentOwner = z.infer<typeof documentOwnerSchema>;

/** A request to upload one file. */
export const uploadRequestSchema = z
  .object({
    owner: documentOwnerSchema,
    fileName: z
      .string({ message: "Select a file" })
      .trim()
      .min(1, "Select a file")
      .max(200, "The file name must be 200 characters or fewer"),
    contentType: z.enum(documentTypes.map((t) => t.contentType) as [DocumentContentType], {
      message: wrongTypeMessage,
    }),
    size: z
      .number({ message: "Select a file: its size is missing" })
      .int("Select a file: its size is not right")
      .min(1, emptyFileMessage)
      .max(maxDocumentBytes, tooLargeMessage),
  })
  // A name that says one type and a declaration that says another is how an HTML page passes as a PDF.
  .superRefine((request, ctx) => {
    if (documentTypeFor(request.fileName) === request.contentType) return;
    const known = documentTypes.some((t) => t.contentType === request.contentType);
    if (!known) return;
    ctx.addIssue({
      code: "custom",
      path: ["fileName"],
      message: `The file name must end in ${extensionsOf(request.contentType)}, to match the file type (${typeNameOf(request.contentType)})`,
    });
  });
export type UploadRequest = z.infer<typeof uploadRequestSchema>;

/** Where and how the browser posts the file: S3 checks the signed policy in `fields`. */
export const uploadGrantSchema = z.object({
  documentId: z.string(),
  url: z.url(),
  fields: z.record(z.string(), z.string()),
  expiresAt: z.iso.datetime(),
});
export type UploadGrant = z.infer<typeof uploadGrantSchema>;

// An attachment's messages name the file ("file 2") when a form lists several.
const file = listItem("attachments", "file");
const uploadAgain = (why: string) => placed((where) => `Upload ${where ?? "the file"} again: ${why}`, file);

/** A SHA-256 digest as 64 lower-case hex digits. */
export const sha256Schema = z
  .string(uploadAgain("its check code is not right"))
  .max(64, uploadAgain("its check code is not right"))
  .regex(/^[0-9a-f]{64}$/, uploadAgain("its check code is not right"));

/**
 * A file attached to a bid or an application (its type and size as S3 holds them). `sha256` is set
 * when the record is submitted: the digest of the sealed copy that every download then serves.
 */
export const attachmentSchema = z.object(
  {
    documentId: z
      .string(uploadAgain("its reference is missing"))
      .max(26, uploadAgain("its reference is not right"))
      .regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, uploadAgain("its reference is not right")),
    fileName: z.string(uploadAgain("its name is missing")).max(
      200,
      placed((where) => `The name of ${where ?? "the file"} must be 200 characters or fewer`, file),
    ),
    contentType: z.string(uploadAgain("its type is missing")).max(100, uploadAgain("its type is not right")),
    size: z.number(uploadAgain("its size is missing")).int(uploadAgain("its size is not right")),
    sha256: sha256Schema.optional(),
  },
  uploadAgain("it did not finish uploading"),
);
export type Attachment = z.infer<typeof attachmentSchema>;

/** A short-lived link to download one document. */
export const downloadLinkSchema = z.object({
  url: z.url(),
  fileName: z.string(),
  expiresAt: z.iso.datetime(),
});
export type DownloadLink = z.infer<typeof downloadLinkSchema>;
