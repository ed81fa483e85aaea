import type middy from "@middy/core";
import type * as z from "zod";
import type { FieldError } from "#shared/http/problem.ts";
import type { RouteDefinition } from "../../route.ts";
import type { ApiEvent, ApiResult } from "../api-event.ts";
import { invalid } from "../problems.ts";
import { toFieldErrors } from "../zod-errors.ts";

const check = (schema: z.ZodType | undefined, value: unknown, where: string, errors: FieldError[]) => {
  if (!schema) return value;
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  errors.push(...toFieldErrors(result.error, where === "body" ? undefined : where));
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
