import * as z from "zod";
import { opportunityParams } from "#shared/opportunities/params.ts";
import { defineRoutes } from "../platform/route.ts";

/** Open Contracting Data Standard (OCDS 1.1) exports of competitions. */
export const getOcdsRoute = {
  operationId: "getOpportunityOcds",
  method: "GET",
  path: "/api/opportunities/{opportunityId}/ocds",
  summary:
    "OCDS 1.1 release package: tender with award criteria and weights, published Q&A, awards, contracts, bid statistics",
  context: "transparency",
  handler: "transparency/get-ocds.ts",
  access: ["commissioner"],
  request: { params: opportunityParams },
  response: {
    status: 200,
    description: "The release package (never bid content or personal data)",
    schema: z.looseObject({
      uri: z.string(),
      version: z.literal("1.1"),
      releases: z.array(z.looseObject({})),
    }),
  },
  grants: { table: "read" },
} as const;

export const transparencyRoutes = defineRoutes([getOcdsRoute]);
