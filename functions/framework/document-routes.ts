import * as z from "zod";
import { pageQuerySchema, pageSchema } from "#shared/common/pagination.ts";
import { frameworkDocumentInputSchema, frameworkDocumentSchema } from "#shared/framework/documents.ts";
import { pathId } from "#shared/http/path-id.ts";
import { defineRoutes } from "../platform/route.ts";

const supplierParams = z.object({ organisationId: pathId("supplier") });

/** A supplier uploads (or replaces) a framework document with its expiry date. */
export const putFrameworkDocumentRoute = {
  operationId: "putFrameworkDocument",
  method: "POST",
  path: "/api/framework/suppliers/{organisationId}/documents",
  summary: "Upload or replace an expiring framework document (insurance, safeguarding) with its expiry date",
  context: "framework",
  handler: "framework/put-document.ts",
  access: ["provider"],
  request: { params: supplierParams, body: frameworkDocumentInputSchema },
  response: { status: 200, description: "The document as now current", schema: frameworkDocumentSchema },
  // The upload is checked and sealed, as an application's attachments are.
  grants: { table: "readwrite", documents: "readwrite" },
} as const;

/** A supplier's current framework documents: its own, or any for a framework administrator. */
export const listFrameworkDocumentsRoute = {
  operationId: "listFrameworkDocuments",
  method: "GET",
  path: "/api/framework/suppliers/{organisationId}/documents",
  summary: "A supplier's current framework documents and their expiry dates",
  context: "framework",
  handler: "framework/list-documents.ts",
  access: ["provider", "commissioner"],
  request: { params: supplierParams },
  response: {
    status: 200,
    description: "The supplier's documents",
    schema: z.object({ items: z.array(frameworkDocumentSchema) }),
  },
  grants: { table: "read" },
} as const;

/** Framework administrators see every supplier's lapsed documents, longest lapsed first. */
export const listLapsedDocumentsRoute = {
  operationId: "listLapsedFrameworkDocuments",
  method: "GET",
  path: "/api/framework/documents/lapsed",
  summary: "Framework documents past their expiry date, across suppliers (framework administrators)",
  context: "framework",
  handler: "framework/list-lapsed-documents.ts",
  access: ["commissioner"],
  request: { query: pageQuerySchema },
  response: {
    status: 200,
    description: "A page of lapsed documents",
    schema: pageSchema(frameworkDocumentSchema),
  },
  grants: { table: "read" },
} as const;

export const documentRoutes = defineRoutes([
  putFrameworkDocumentRoute,
  listFrameworkDocumentsRoute,
  listLapsedDocumentsRoute,
]);
