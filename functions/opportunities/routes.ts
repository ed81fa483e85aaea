import * as z from "zod";
import { auditEventSchema } from "#shared/audit/audit-event.ts";
import { cursorSchema, pageSchema, pageSizeSchema } from "#shared/common/pagination.ts";
import {
  cancelOpportunitySchema,
  createOpportunitySchema,
  extendDeadlinesSchema,
  opportunityListQuerySchema,
  opportunitySchema,
  opportunitySummarySchema,
  updateOpportunitySchema,
  versionOnlySchema,
} from "#shared/opportunities/opportunity.ts";
import { opportunityParams } from "#shared/opportunities/params.ts";
import { defineRoutes } from "../platform/route.ts";

const context = "opportunities";

/** Call-off competitions: commissioners draft, publish, extend and cancel; eligible providers read. */
export const createOpportunityRoute = {
  operationId: "createOpportunity",
  method: "POST",
  path: "/api/opportunities",
  summary: "Start a draft call-off competition",
  context,
  handler: "opportunities/create-opportunity.ts",
  access: ["commissioner"],
  request: { body: createOpportunitySchema },
  response: { status: 201, description: "The draft", schema: opportunitySchema },
  idempotent: true,
  grants: { table: "readwrite" },
} as const;

export const listOpportunitiesRoute = {
  operationId: "listOpportunities",
  method: "GET",
  path: "/api/opportunities",
  summary:
    "Opportunities in a region by status, soonest deadline first (providers: only those they may bid for)",
  context,
  handler: "opportunities/list-opportunities.ts",
  access: ["commissioner", "provider"],
  request: { query: opportunityListQuerySchema },
  response: {
    status: 200,
    description: "A page of opportunities",
    schema: pageSchema(opportunitySummarySchema),
  },
  grants: { table: "read" },
} as const;

export const getOpportunityRoute = {
  operationId: "getOpportunity",
  method: "GET",
  path: "/api/opportunities/{opportunityId}",
  summary: "One opportunity",
  context,
  handler: "opportunities/get-opportunity.ts",
  access: ["commissioner", "provider"],
  request: { params: opportunityParams },
  response: { status: 200, description: "The opportunity", schema: opportunitySchema },
  grants: { table: "read" },
} as const;

export const updateOpportunityRoute = {
  operationId: "updateOpportunity",
  method: "PUT",
  path: "/api/opportunities/{opportunityId}",
  summary: "Save changes to a draft (partial drafts are fine)",
  context,
  handler: "opportunities/update-opportunity.ts",
  access: ["commissioner"],
  request: { params: opportunityParams, body: updateOpportunitySchema },
  response: { status: 200, description: "The saved draft", schema: opportunitySchema },
  grants: { table: "readwrite" },
} as const;

export const publishOpportunityRoute = {
  operationId: "publishOpportunity",
  method: "POST",
  path: "/api/opportunities/{opportunityId}/publish",
  summary: "Publish a complete draft to eligible providers",
  context,
  handler: "opportunities/publish-opportunity.ts",
  access: ["commissioner"],
  request: { params: opportunityParams, body: versionOnlySchema },
  response: { status: 200, description: "The published opportunity", schema: opportunitySchema },
  grants: { table: "readwrite" },
} as const;

export const cancelOpportunityRoute = {
  operationId: "cancelOpportunity",
  method: "POST",
  path: "/api/opportunities/{opportunityId}/cancel",
  summary: "Cancel a draft or published opportunity, with a reason",
  context,
  handler: "opportunities/cancel-opportunity.ts",
  access: ["commissioner"],
  request: { params: opportunityParams, body: cancelOpportunitySchema },
  response: { status: 200, description: "The cancelled opportunity", schema: opportunitySchema },
  grants: { table: "readwrite" },
} as const;

export const extendDeadlinesRoute = {
  operationId: "extendOpportunityDeadlines",
  method: "POST",
  path: "/api/opportunities/{opportunityId}/deadlines",
  summary: "Extend a published opportunity's deadlines (never shorten them)",
  context,
  handler: "opportunities/extend-deadlines.ts",
  access: ["commissioner"],
  request: { params: opportunityParams, body: extendDeadlinesSchema },
  response: { status: 200, description: "The opportunity with its new deadlines", schema: opportunitySchema },
  grants: { table: "readwrite" },
} as const;

export const opportunityAuditRoute = {
  operationId: "getOpportunityAuditTrail",
  method: "GET",
  path: "/api/opportunities/{opportunityId}/audit",
  summary: "Every recorded change to the opportunity, its questions and its bids, oldest first",
  context,
  handler: "opportunities/get-audit-trail.ts",
  access: ["commissioner"],
  request: {
    params: opportunityParams,
    query: z.object({
      limit: pageSizeSchema(50),
      cursor: cursorSchema.optional(),
      action: z
        .string({ message: "Select an action from the list" })
        .min(1, "Select an action from the list")
        .max(64, "Select an action from the list")
        .optional(),
      actor: z
        .string({ message: "Select a person from the list" })
        .min(1, "Select a person from the list")
        .max(64, "Select a person from the list")
        .optional(),
    }),
  },
  response: { status: 200, description: "A page of audit events", schema: pageSchema(auditEventSchema) },
  grants: { table: "read" },
} as const;

export const opportunityRoutes = defineRoutes([
  createOpportunityRoute,
  listOpportunitiesRoute,
  getOpportunityRoute,
  updateOpportunityRoute,
  publishOpportunityRoute,
  cancelOpportunityRoute,
  extendDeadlinesRoute,
  opportunityAuditRoute,
]);
