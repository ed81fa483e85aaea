import {
  type Attachment,
  type DocumentOwner,
  type DownloadLink,
  documentTypeFor,
  emptyFileMessage,
  maxDocumentBytes,
  tooLargeMessage,
  type UploadGrant,
  wrongTypeMessage,
} from "#shared/documents/document.ts";
import { apiFetch } from "./client.ts";

/** Why a file cannot be uploaded, checked before asking (S3 enforces the same limits itself). */
export function fileProblem(file: File): string | undefined {
  if (!documentTypeFor(file.name)) return wrongTypeMessage;
  if (file.size === 0) return emptyFileMessage;
  if (file.size > maxDocumentBytes) return tooLargeMessage;
  return undefined;
}

/** Asks the API for a presigned upload for one file belonging to `owner`. */
export const requestUpload = (owner: DocumentOwner, file: File): Promise<UploadGrant> =>
  apiFetch<UploadGrant>("/api/documents/uploads", {
    method: "POST",
    body: { owner, fileName: file.name, contentType: documentTypeFor(file.name), size: file.size },
  });

// What S3's refusals mean for the person uploading.
const s3Messages: Record<string, string> = {
  EntityTooLarge: tooLargeMessage,
  EntityTooSmall: emptyFileMessage,
  AccessDenied: `The file was refused. ${wrongTypeMessage}`,
};

/**
 * Posts the file straight to S3 with the grant's signed fields. XMLHttpRequest rather than fetch,
 * because only it reports upload progress.
 */
export function postToS3(
  grant: UploadGrant,
  file: File,
  onProgress: (percent: number) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const form = new FormData();
    for (const [name, value] of Object.entries(grant.fields)) form.append(name, value);
    form.append("file", file);
    const xhr = new XMLHttpRequest();
    xhr.open("POST", grant.url);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(Math.round((event.loaded / event.total) * 100));
    };
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress(100);
        resolve();
        return;
      }
      const code = /<Code>([^<]+)<\/Code>/.exec(xhr.responseText)?.[1] ?? "";
      reject(new Error(s3Messages[code] ?? "The file could not be uploaded. Try again."));
    };
    xhr.onerror = () =>
      reject(new Error("The file could not be uploaded. Check your connection and try again."));
    xhr.send(form);
  });
}

/** Uploads one file end to end and returns it as an attachment to save on its record. */
export async function uploadDocument(
  owner: DocumentOwner,
  file: File,
  onProgress: (percent: number) => void,
): Promise<Attachment> {
  const grant = await requestUpload(owner, file);
  await postToS3(grant, file, onProgress);
  return {
    documentId: grant.documentId,
    fileName: file.name,
    contentType: documentTypeFor(file.name) ?? file.type,
    size: file.size,
  };
}

/** Fetches a one-minute link for a document (the API checks who may see it) and starts the download. */
export async function downloadDocument(path: string): Promise<void> {
  const link = await apiFetch<DownloadLink>(path);
  window.location.assign(link.url);
}
