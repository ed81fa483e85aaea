import * as z from "zod";
import { pageQuerySchema, pageSchema } from "#shared/common/pagination.ts";
import {
  applicationInputSchema,
  applicationOrderSchema,
  applicationSchema,
  applicationStatusSchema,
  decisionInputSchema,
} from "#shared/framework/application.ts";
import { announceCessationSchema, cessationSchema } from "#shared/framework/cessation.ts";
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

/** The market's announced end, for the banner on the framework pages (suppliers and administrators). */
export const getCessationRoute = {
  operationId: "getMarketCessation",
  method: "GET",
  path: "/api/framework/cessation",
  summary: "Whether the dynamic market is open, closing (with its date) or closed",
  context: "framework",
  handler: "framework/get-cessation.ts",
  access: ["provider", "commissioner"],
  response: { status: 200, description: "The market's state", schema: cessationSchema },
  grants: { table: "read" },
} as const;

/** A framework administrator announces the date the market ceases to operate, once. */
export const announceCessationRoute = {
  operationId: "announceMarketCessation",
  method: "POST",
  path: "/api/framework/cessation",
  summary: "Announce the date the dynamic market ceases, with a reason (once: a second is 409)",
  context: "framework",
  handler: "framework/announce-cessation.ts",
  access: ["commissioner"],
  request: { body: announceCessationSchema },
  response: { status: 201, description: "The market's state", schema: cessationSchema },
  grants: { table: "readwrite" },
} as const;

/** A framework administrator withdraws the announced end, before its date. */
export const withdrawCessationRoute = {
  operationId: "withdrawMarketCessation",
  method: "DELETE",
  path: "/api/framework/cessation",
  summary: "Withdraw the announced end of the dynamic market (only before its date)",
  context: "framework",
  handler: "framework/withdraw-cessation.ts",
  access: ["commissioner"],
  response: { status: 200, description: "The market's state", schema: cessationSchema },
  grants: { table: "readwrite" },
} as const;

export const frameworkRoutes = defineRoutes([
  submitApplicationRoute,
  listMyApplicationsRoute,
  listApplicationsRoute,
  getApplicationRoute,
  decideApplicationRoute,
  getCessationRoute,
  announceCessationRoute,
  withdrawCessationRoute,
]);
