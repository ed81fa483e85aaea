import * as z from "zod";
import { healthSchema } from "#shared/http/health.ts";
import { defineRoutes } from "./route.ts";

/** Routes of the platform itself: liveness and the API's own description. */
export const healthRoute = {
  operationId: "getHealth",
  method: "GET",
  path: "/api/health",
  summary: "Check that the API is up and can reach its table",
  context: "platform",
  handler: "platform/get-health.ts",
  access: "public",
  response: { status: 200, description: "The API is up", schema: healthSchema },
  grants: { table: "read" },
} as const;

export const openApiRoute = {
  operationId: "getOpenApi",
  method: "GET",
  path: "/api/openapi.json",
  summary: "The OpenAPI 3.1 description of every route, generated from the route table",
  context: "platform",
  handler: "platform/get-openapi.ts",
  access: "public",
  response: {
    status: 200,
    description: "An OpenAPI 3.1 document",
    schema: z.record(z.string(), z.unknown()),
  },
  grants: {},
} as const;

export const platformRoutes = defineRoutes([healthRoute, openApiRoute]);
