import { GetObjectCommand, HeadObjectCommand } from "@aws-sdk/client-s3";
import { createPresignedPost } from "@aws-sdk/s3-presigned-post";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";
import { ulid } from "ulid";
import { type Attachment, maxDocumentBytes, type UploadGrant } from "#shared/documents/document.ts";
import { now } from "../platform/clock.ts";
import { documentsBucket, s3 } from "../platform/data/s3.ts";

const uploadSeconds = 5 * 60;
const downloadSeconds = 60;

/**
 * A presigned POST for one file: S3 itself refuses anything but the declared type, more than 20 MB, or
 * another key, so the browser's checks are a courtesy, not the control.
 */
export const grantUpload = async (
  keyFor: (documentId: string) => string,
  contentType: string,
  fileName: string,
): Promise<UploadGrant> => {
  const documentId = ulid();
  const { url, fields } = await createPresignedPost(s3(), {
    Bucket: documentsBucket(),
    Key: keyFor(documentId),
    Conditions: [["content-length-range", 1, maxDocumentBytes]],
    Fields: {
      "Content-Type": contentType,
      // Metadata must be ASCII; the name is shown again on download.
      "x-amz-meta-file-name": encodeURIComponent(fileName),
    },
    Expires: uploadSeconds,
  });
  return {
    documentId,
    url,
    fields,
    // Presigning uses the real clock (S3 checks against its own), so this does too.
    expiresAt: new Date(Date.now() + uploadSeconds * 1000).toISOString(),
  };
};

/** What S3 holds under a key (type, size, name), or undefined if nothing was uploaded there. */
export const storedDocument = async (key: string, documentId: string): Promise<Attachment | undefined> => {
  try {
    const head = await s3().send(new HeadObjectCommand({ Bucket: documentsBucket(), Key: key }));
    const encodedName = head.Metadata?.["file-name"];
    return {
      documentId,
      fileName: encodedName ? decodeURIComponent(encodedName) : documentId,
      contentType: head.ContentType ?? "application/octet-stream",
      size: head.ContentLength ?? 0,
    };
  } catch (error) {
    const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
    if (status === 404 || (error as Error).name === "NotFound") return undefined;
    throw error;
  }
};

/** A one-minute link that downloads the document under the name it was uploaded with. */
export const downloadLink = async (key: string, fileName: string) => {
  const url = await getSignedUrl(
    s3(),
    new GetObjectCommand({
      Bucket: documentsBucket(),
      Key: key,
      ResponseContentDisposition: `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`,
    }),
    { expiresIn: downloadSeconds },
  );
  return { url, fileName, expiresAt: new Date(now().getTime() + downloadSeconds * 1000).toISOString() };
};
