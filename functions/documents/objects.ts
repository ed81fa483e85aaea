import { DeleteObjectCommand, GetObjectCommand, PutObjectCommand } from "@aws-sdk/client-s3";
import { createHash } from "node:crypto";
import { documentsBucket, s3 } from "../platform/data/s3.ts";

const statusOf = (error: unknown) =>
  (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;

const isMissing = (error: unknown) =>
  statusOf(error) === 404 || ["NoSuchKey", "NotFound"].includes((error as Error).name);

/**
 * The first `count` bytes of an object (a ranged GET, so a 20 MB file costs a few KB), and whether
 * the object is longer; undefined when there is no such object.
 */
export const readFirstBytes = async (
  key: string,
  count: number,
): Promise<{ bytes: Uint8Array; truncated: boolean } | undefined> => {
  try {
    const answer = await s3().send(
      new GetObjectCommand({ Bucket: documentsBucket(), Key: key, Range: `bytes=0-${count - 1}` }),
    );
    const bytes = (await answer.Body?.transformToByteArray()) ?? new Uint8Array();
    const total = Number(/\/(\d+)$/.exec(answer.ContentRange ?? "")?.[1] ?? bytes.length);
    return { bytes: bytes.subarray(0, count), truncated: total > count };
  } catch (error) {
    if (isMissing(error)) return undefined;
    // An empty object has no first byte to range over: it is nothing like any allowed type.
    if (statusOf(error) === 416) return { bytes: new Uint8Array(), truncated: false };
    throw error;
  }
};

/** Reads a whole object (documents are at most 20 MB) with its SHA-256; undefined when missing. */
export const readWithDigest = async (
  key: string,
): Promise<{ bytes: Uint8Array; sha256: string } | undefined> => {
  try {
    const answer = await s3().send(new GetObjectCommand({ Bucket: documentsBucket(), Key: key }));
    const bytes = (await answer.Body?.transformToByteArray()) ?? new Uint8Array();
    return { bytes, sha256: createHash("sha256").update(bytes).digest("hex") };
  } catch (error) {
    if (isMissing(error)) return undefined;
    throw error;
  }
};

/** Writes bytes under a key the portal chose (the sealed prefix: never a presigned grant's). */
export const writeObject = async (
  key: string,
  bytes: Uint8Array,
  contentType: string,
  metadata: Record<string, string>,
): Promise<void> => {
  await s3().send(
    new PutObjectCommand({
      Bucket: documentsBucket(),
      Key: key,
      Body: bytes,
      ContentType: contentType,
      ContentLength: bytes.length,
      Metadata: metadata,
    }),
  );
};

/** Removes an object that must not stay (a file whose bytes are not its declared type). */
export const removeObject = async (key: string): Promise<void> => {
  await s3().send(new DeleteObjectCommand({ Bucket: documentsBucket(), Key: key }));
};
