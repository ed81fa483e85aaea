import { expect } from "vitest";
import { api } from "./api.ts";

/** A small but real PDF, so a download can be compared byte for byte. */
export const tinyPdf = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
);

export type Owner =
  { type: "bid"; opportunityId: string } | { type: "application" } | { type: "framework-document" };

/** Asks the API for a presigned upload and returns the grant. */
export const requestUpload = async (
  token: string,
  owner: Owner,
  file: { fileName: string; contentType: string; size: number },
) => {
  const res = await api("POST", "/api/documents/uploads", { token, body: { owner, ...file } });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { documentId: string; url: string; fields: Record<string, string> };
};

/** Posts a file to S3 with the grant's fields (optionally altered), as a browser form would. */
export const postToS3 = async (
  grant: { url: string; fields: Record<string, string> },
  bytes: Buffer,
  fieldOverrides: Record<string, string> = {},
) => {
  const form = new FormData();
  for (const [name, value] of Object.entries({ ...grant.fields, ...fieldOverrides }))
    form.append(name, value);
  form.append("file", new Blob([new Uint8Array(bytes)]), "upload");
  const res = await fetch(grant.url, { method: "POST", body: form });
  return { status: res.status, body: await res.text() };
};

/** Requests a grant and uploads the bytes; returns the attachment to send with a bid or application. */
export const uploadDocument = async (
  token: string,
  owner: Owner,
  fileName = "policy.pdf",
  bytes = tinyPdf,
) => {
  const file = { fileName, contentType: "application/pdf", size: bytes.length };
  const grant = await requestUpload(token, owner, file);
  const posted = await postToS3(grant, bytes);
  expect(posted.status, posted.body).toBe(204);
  return { documentId: grant.documentId, ...file };
};
