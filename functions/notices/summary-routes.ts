import * as z from "zod";
import { assessmentSummarySchema } from "#shared/notices/summary.ts";
import { opportunityParams } from "#shared/opportunities/params.ts";
import { defineRoutes } from "../platform/route.ts";

/** The lead sends every bidder its assessment summary (s.50), before the award notice. */
export const sendSummariesRoute = {
  operationId: "sendAssessmentSummaries",
  method: "POST",
  path: "/api/opportunities/{opportunityId}/assessment-summaries",
  summary: "Send every bidder its assessment summary, in the portal and by e-mail (each bidder once)",
  context: "notices",
  handler: "notices/send-summaries.ts",
  access: ["commissioner"],
  request: { params: opportunityParams },
  response: {
    status: 200,
    description: "How many bidders have been sent one",
    schema: z.object({ bidders: z.number().int(), sent: z.number().int() }),
  },
  grants: { table: "readwrite" },
} as const;

/** A bidder's own assessment summary, as sent. */
export const getMySummaryRoute = {
  operationId: "getMyAssessmentSummary",
  method: "GET",
  path: "/api/opportunities/{opportunityId}/bid/assessment-summary",
  summary: "The signed-in bidder's assessment summary, once sent",
  context: "notices",
  handler: "notices/get-my-summary.ts",
  access: ["provider"],
  request: { params: opportunityParams },
  response: { status: 200, description: "The summary", schema: assessmentSummarySchema },
  grants: { table: "read" },
} as const;

export const summaryRoutes = defineRoutes([sendSummariesRoute, getMySummaryRoute]);
