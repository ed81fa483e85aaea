import { OpenAPIRegistry, OpenApiGeneratorV31, type RouteConfig } from "@asteasolutions/zod-to-openapi";
import * as z from "zod";
import { problemSchema } from "#shared/http/problem.ts";
import type { RouteDefinition } from "../route.ts";

const idempotencyHeader = z.object({
  "idempotency-key": z
    .string()
    .max(128)
    .optional()
    .meta({ description: "Retries with the same key replay the first response instead of creating again" }),
});

const problemContent = { "application/problem+json": { schema: problemSchema } };

/** Error responses a route can give, derived from how it is protected and what it takes. */
const errorResponses = (route: RouteDefinition): RouteConfig["responses"] => ({
  ...(route.request
    ? { 400: { description: "Invalid input: one message per field", content: problemContent } }
    : {}),
  ...(route.access !== "public"
    ? {
        401: { description: "Not signed in, or the token is invalid or expired", content: problemContent },
        403: { description: "The caller's role may not use this route", content: problemContent },
      }
    : {}),
  500: { description: "Unexpected failure (never a stack trace)", content: problemContent },
  503: { description: "A dependency is unavailable; retry later", content: problemContent },
});

/** Who may call the route, in words, after its summary: every operation gets a description. */
const describe = (route: RouteDefinition): string => {
  const who =
    route.access === "public"
      ? "Anyone, without signing in."
      : route.access === "authenticated"
        ? "Any signed-in user."
        : `Signed-in ${route.access.join(" or ")} users.`;
  return `${route.summary}. ${who}${route.idempotent ? " Send an Idempotency-Key to retry safely." : ""}`;
};

/** Generates the OpenAPI 3.1 document from the route table and its zod schemas — nothing is listed by hand. */
export const openApiDocument = (routes: readonly RouteDefinition[]) => {
  const registry = new OpenAPIRegistry();
  const bearer = registry.registerComponent("securitySchemes", "bearer", {
    type: "http",
    scheme: "bearer",
    bearerFormat: "JWT",
  });
  for (const route of routes) {
    const { request } = route;
    registry.registerPath({
      method: route.method.toLowerCase() as RouteConfig["method"],
      path: route.path,
      operationId: route.operationId,
      summary: route.summary,
      description: describe(route),
      tags: [route.context],
      // Public routes say so explicitly, rather than inheriting whatever a global default might be.
      security: route.access === "public" ? [] : [{ [bearer.name]: [] }],
      request: {
        ...(request?.params ? { params: request.params } : {}),
        ...(request?.query ? { query: request.query } : {}),
        ...(request?.body ? { body: { content: { "application/json": { schema: request.body } } } } : {}),
        ...(route.idempotent ? { headers: idempotencyHeader } : {}),
      },
      responses: {
        [route.response.status]: {
          description: route.response.description,
          ...(route.response.schema
            ? {
                content: {
                  [route.response.contentType ?? "application/json"]: { schema: route.response.schema },
                },
              }
            : {}),
        },
        ...errorResponses(route),
      },
    });
  }
  const tags = [...new Set(routes.map((r) => r.context))].map((name) => ({
    name,
    description: `The ${name} routes.`,
  }));
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: "3.1.0",
    tags,
    info: {
      title: "Dynamic Framework Portal API",
      version: "1.0.0",
      description: "Procurement and referral portal for probation rehabilitative and resettlement services.",
    },
    servers: [{ url: "/" }],
  });
};
