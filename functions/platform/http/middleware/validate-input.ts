import type middy from "@middy/core";
import type * as z from "zod";
import type { FieldError } from "#shared/http/problem.ts";
import "#shared/http/person-messages.ts";
import type { RouteDefinition } from "../../route.ts";
import type { ApiEvent, ApiResult } from "../api-event.ts";
import { invalid } from "../problems.ts";
import { toFieldErrors } from "../zod-errors.ts";

export type Where = "params" | "query" | "body";

/**
 * Checks one part of a request against its schema: the parsed value, or one message per bad field.
 * Every request part is a set of named fields, so anything else (JSON `null`, an array, a string) is
 * refused here with one message, before any schema would describe it in its own words.
 */
export const checkRequestPart = (
  schema: z.ZodType,
  value: unknown,
  where: Where,
): { ok: true; data: unknown } | { ok: false; errors: FieldError[] } => {
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    return {
      ok: false,
      errors: [{ path: where, message: `Send the ${where} as a JSON object of named fields` }],
    };
  }
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, data: result.data };
  return { ok: false, errors: toFieldErrors(result.error, where === "body" ? undefined : where) };
};

const check = (schema: z.ZodType | undefined, value: unknown, where: Where, errors: FieldError[]) => {
  if (!schema) return value;
  const result = checkRequestPart(schema, value, where);
  if (result.ok) return result.data;
  errors.push(...result.errors);
  return undefined;
};

/** Validates path parameters, query string and body against the route's zod schemas: 400 lists every bad field. */
export const validateInput = (route: RouteDefinition): middy.MiddlewareObj<ApiEvent, ApiResult> => ({
  before: (request) => {
    const { event } = request;
    const errors: FieldError[] = [];
    const params = check(route.request?.params, event.pathParameters ?? {}, "params", errors);
    const query = check(route.request?.query, event.queryStringParameters ?? {}, "query", errors);
    let body: unknown;
    if (route.request?.body) {
      // The JSON body parser has replaced the string with the parsed value by now.
      body = check(route.request.body, (event as { body?: unknown }).body ?? {}, "body", errors);
    }
    if (errors.length > 0) throw invalid(errors);
    event.input = { params, query, body };
  },
});
