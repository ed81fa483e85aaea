import { contentMatchesType, sniffBytes } from "#shared/documents/content-check.ts";
import { type Attachment, typeNameOf } from "#shared/documents/document.ts";
import type { FieldError } from "#shared/http/problem.ts";
import { invalid } from "../platform/http/problems.ts";
import { sealedKey } from "./keys.ts";
import { readFirstBytes, readWithDigest, removeObject, writeObject } from "./objects.ts";
import { storedDocument } from "./storage.ts";

const notWhatItSays = (a: Pick<Attachment, "fileName" | "contentType">) =>
  `${a.fileName} is not a ${typeNameOf(a.contentType)}: its contents are a different kind of file. Select the file again, saved as a ${typeNameOf(a.contentType)}.`;

/**
 * One newly attached upload: what S3 holds under the owner's key, refused (and removed, so no one can
 * ever open it) when its first bytes are not the type it was declared as.
 */
const checkNewUpload = async (
  requested: Attachment,
  key: string,
  path: string,
): Promise<Attachment | FieldError> => {
  const stored = await storedDocument(key, requested.documentId);
  const start = stored ? await readFirstBytes(key, sniffBytes) : undefined;
  if (!stored || !start)
    return { path, message: `${requested.fileName} has not finished uploading. Upload it again.` };
  if (contentMatchesType(stored.contentType, start.bytes, start.truncated)) return stored;
  await removeObject(key);
  return { path, message: notWhatItSays(stored) };
};

/**
 * The attachments to store for a record: ones already on it are kept as they are; new ones must have
 * reached S3 under the owner's key, their first bytes must match their type, and their type and size
 * are taken from S3, not from the request.
 */
export const verifiedAttachments = async (
  requested: Attachment[],
  current: Attachment[],
  keyFor: (documentId: string) => string,
  field: string | ((index: number) => string) = "attachments",
): Promise<Attachment[]> => {
  const known = new Map(current.map((a) => [a.documentId, a]));
  // A list names the item (`attachments.0`); a single attachment field names itself.
  const pathOf = (i: number) => (typeof field === "string" ? `${field}.${i}` : field(i));
  const checked = await Promise.all(
    requested.map((a, i) => known.get(a.documentId) ?? checkNewUpload(a, keyFor(a.documentId), pathOf(i))),
  );
  const errors = checked.filter((c): c is FieldError => "message" in c);
  if (errors.length) throw invalid(errors);
  return checked as Attachment[];
};

/** Seals one attachment: its sealed form, or why it cannot be sealed. */
const sealOne = async (a: Attachment, uploadKey: string, path: string): Promise<Attachment | FieldError> => {
  if (a.sha256) return a;
  const read = await readWithDigest(uploadKey);
  if (!read) return { path, message: `${a.fileName} is no longer stored. Remove it and upload it again.` };
  // The upload may have been replaced since it was attached: check again what is about to be sealed.
  const start = read.bytes.subarray(0, sniffBytes);
  if (!contentMatchesType(a.contentType, start, read.bytes.length > sniffBytes))
    return { path, message: notWhatItSays(a) };
  await writeObject(sealedKey(uploadKey, read.sha256), read.bytes, a.contentType, {
    "file-name": encodeURIComponent(a.fileName),
  });
  return { ...a, size: read.bytes.length, sha256: read.sha256 };
};

// Files sealed at once: enough to keep S3 busy, few enough that memory holds them (4 × 20 MB).
const sealingBatch = 4;

/**
 * Seals a record's attachments as it is submitted (ADR 0010): each upload not sealed yet is read,
 * hashed and copied under a key no upload grant can name, and its SHA-256 recorded. Reading the bytes
 * once and writing the same bytes is what makes the digest true of the copy.
 */
export const sealAttachments = async (
  attachments: Attachment[],
  keyFor: (documentId: string) => string,
  field = "attachments",
): Promise<Attachment[]> => {
  const results: (Attachment | FieldError)[] = [];
  for (let from = 0; from < attachments.length; from += sealingBatch) {
    const batch = attachments.slice(from, from + sealingBatch);
    results.push(
      ...(await Promise.all(batch.map((a, j) => sealOne(a, keyFor(a.documentId), `${field}.${from + j}`)))),
    );
  }
  const errors = results.filter((r): r is FieldError => "message" in r);
  if (errors.length)
    throw invalid(
      errors,
      "Some attached files cannot be sealed. Change the files listed, then submit again.",
    );
  return results as Attachment[];
};
