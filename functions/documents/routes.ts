import * as z from "zod";
import { downloadLinkSchema, uploadGrantSchema, uploadRequestSchema } from "#shared/documents/document.ts";
import { defineRoutes } from "../platform/route.ts";
import { pathId } from "#shared/http/path-id.ts";

const context = "documents";

/** Documents go straight between the browser and S3; these routes decide who may, and sign the URL. */
export const createUploadRoute = {
  operationId: "createUpload",
  method: "POST",
  path: "/api/documents/uploads",
  summary: "Permission to upload one file for the provider's bid or application (a presigned POST)",
  context,
  handler: "documents/create-upload.ts",
  access: ["provider"],
  request: { body: uploadRequestSchema },
  response: { status: 201, description: "Where and how to post the file", schema: uploadGrantSchema },
  grants: { table: "read", documents: "write" },
} as const;

export const downloadBidDocumentRoute = {
  operationId: "downloadBidDocument",
  method: "GET",
  path: "/api/opportunities/{opportunityId}/bids/{organisationId}/documents/{documentId}",
  summary: "A one-minute download link for a bid's attachment, for those who may read the bid",
  context,
  handler: "documents/download-bid-document.ts",
  access: ["provider", "commissioner"],
  request: {
    params: z.object({
      opportunityId: pathId("opportunity"),
      organisationId: pathId("bidder"),
      documentId: pathId("document"),
    }),
  },
  response: { status: 200, description: "The download link", schema: downloadLinkSchema },
  grants: { table: "read", documents: "read" },
} as const;

export const downloadApplicationDocumentRoute = {
  operationId: "downloadApplicationDocument",
  method: "GET",
  path: "/api/framework/applications/{applicationId}/documents/{documentId}",
  summary: "A one-minute download link for an application's supporting document",
  context,
  handler: "documents/download-application-document.ts",
  access: ["provider", "commissioner"],
  request: { params: z.object({ applicationId: pathId("application"), documentId: pathId("document") }) },
  response: { status: 200, description: "The download link", schema: downloadLinkSchema },
  grants: { table: "read", documents: "read" },
} as const;

export const documentRoutes = defineRoutes([
  createUploadRoute,
  downloadBidDocumentRoute,
  downloadApplicationDocumentRoute,
]);
