import type { Attachment } from "#shared/documents/document.ts";
import { invalid } from "../platform/http/problems.ts";
import { storedDocument } from "./storage.ts";

/**
 * The attachments to store for a record: ones already on it are kept as they are; new ones must have
 * reached S3 under the owner's key, and their type and size are taken from S3, not from the request.
 */
export const verifiedAttachments = async (
  requested: Attachment[],
  current: Attachment[],
  keyFor: (documentId: string) => string,
  field = "attachments",
): Promise<Attachment[]> => {
  const known = new Map(current.map((a) => [a.documentId, a]));
  const checked = await Promise.all(
    requested.map(
      async (a) => known.get(a.documentId) ?? (await storedDocument(keyFor(a.documentId), a.documentId)),
    ),
  );
  const missing = requested
    .map((a, i) => ({ a, i }))
    .filter(({ i }) => !checked[i])
    .map(({ a, i }) => ({
      path: `${field}.${i}`,
      message: `${a.fileName} has not finished uploading. Upload it again.`,
    }));
  if (missing.length) throw invalid(missing);
  return checked as Attachment[];
};
