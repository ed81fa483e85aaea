import * as z from "zod";
import { pageQuerySchema, pageSchema } from "#shared/common/pagination.ts";
import {
  applicationInputSchema,
  applicationOrderSchema,
  applicationSchema,
  applicationStatusSchema,
  decisionInputSchema,
} from "#shared/framework/application.ts";
import { defineRoutes } from "../platform/route.ts";
import { pathId } from "#shared/http/path-id.ts";

const applicationParams = z.object({ applicationId: pathId("application") });

/** Joining the framework: providers apply at any time; framework administrators decide. */
export const submitApplicationRoute = {
  operationId: "submitFrameworkApplication",
  method: "POST",
  path: "/api/framework/applications",
  summary: "Apply to join the dynamic framework (or re-apply after a rejection)",
  context: "framework",
  handler: "framework/submit-application.ts",
  access: ["provider"],
  request: { body: applicationInputSchema },
  response: {
    status: 201,
    description: "The application, waiting for a decision",
    schema: applicationSchema,
  },
  idempotent: true,
  // Applying checks and seals the attachments: each is read, hashed and copied to its sealed key.
  grants: { table: "readwrite", documents: "readwrite" },
} as const;

export const listMyApplicationsRoute = {
  operationId: "listMyFrameworkApplications",
  method: "GET",
  path: "/api/framework/applications/mine",
  summary: "The provider's own applications, newest first",
  context: "framework",
  handler: "framework/list-my-applications.ts",
  access: ["provider"],
  request: { query: pageQuerySchema },
  response: { status: 200, description: "A page of applications", schema: pageSchema(applicationSchema) },
  grants: { table: "read" },
} as const;

export const listApplicationsRoute = {
  operationId: "listFrameworkApplications",
  method: "GET",
  path: "/api/framework/applications",
  summary: "Applications by status, by decision due date (framework administrators)",
  context: "framework",
  handler: "framework/list-applications.ts",
  access: ["commissioner"],
  request: {
    query: pageQuerySchema.extend({
      status: applicationStatusSchema.default("submitted"),
      order: applicationOrderSchema.default("due-soonest"),
    }),
  },
  response: { status: 200, description: "A page of applications", schema: pageSchema(applicationSchema) },
  grants: { table: "read" },
} as const;

export const getApplicationRoute = {
  operationId: "getFrameworkApplication",
  method: "GET",
  path: "/api/framework/applications/{applicationId}",
  summary: "One application: its provider, or a framework administrator",
  context: "framework",
  handler: "framework/get-application.ts",
  access: ["provider", "commissioner"],
  request: { params: applicationParams },
  response: { status: 200, description: "The application", schema: applicationSchema },
  grants: { table: "read" },
} as const;

export const decideApplicationRoute = {
  operationId: "decideFrameworkApplication",
  method: "POST",
  path: "/api/framework/applications/{applicationId}/decision",
  summary: "Admit or reject an application, with a reason for a rejection",
  context: "framework",
  handler: "framework/decide-application.ts",
  access: ["commissioner"],
  request: { params: applicationParams, body: decisionInputSchema },
  response: { status: 200, description: "The decided application", schema: applicationSchema },
  grants: { table: "readwrite" },
} as const;

export const frameworkRoutes = defineRoutes([
  submitApplicationRoute,
  listMyApplicationsRoute,
  listApplicationsRoute,
  getApplicationRoute,
  decideApplicationRoute,
]);
