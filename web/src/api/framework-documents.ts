import type { FrameworkDocument } from "#shared/framework/documents.ts";
import { apiFetch } from "./client.ts";
import { useApiQuery } from "./use-api-query.ts";

const path = (organisationId: string) =>
  `/api/framework/suppliers/${encodeURIComponent(organisationId)}/documents`;

export const frameworkDocumentKeys = {
  own: (organisationId: string) => ["framework", "documents", organisationId] as const,
};

/** `GET /api/framework/suppliers/{id}/documents`: a supplier's current framework documents. */
export const useFrameworkDocuments = (organisationId: string) =>
  useApiQuery<{ items: FrameworkDocument[] }>(
    frameworkDocumentKeys.own(organisationId),
    path(organisationId),
  );

/** `POST /api/framework/suppliers/{id}/documents`: file a document, or its replacement, with its expiry date. */
export const putFrameworkDocument = (organisationId: string, body: unknown) =>
  apiFetch<FrameworkDocument>(path(organisationId), { method: "POST", body });

/** `GET /api/framework/documents/lapsed`: every supplier's lapsed documents (framework administrators). */
export const useLapsedDocuments = () =>
  useApiQuery<{ items: FrameworkDocument[]; nextCursor?: string }>(
    ["framework", "documents", "lapsed"],
    "/api/framework/documents/lapsed?limit=50",
  );
