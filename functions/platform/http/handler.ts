import middy from "@middy/core";
import httpHeaderNormalizer from "@middy/http-header-normalizer";
import httpJsonBodyParser from "@middy/http-json-body-parser";
import type * as z from "zod";
import type { Principal } from "#shared/auth/principal.ts";
import { logger } from "../observability/logger.ts";
import type { RouteDefinition } from "../route.ts";
import type { ApiEvent, ApiResult, Context } from "./api-event.ts";
import { authenticate } from "./middleware/authenticate.ts";
import type { idempotency } from "./middleware/idempotency.ts";
import { problemResponses } from "./middleware/problem-responses.ts";
import { requestLog } from "./middleware/request-log.ts";
import { validateInput } from "./middleware/validate-input.ts";
import { scopeOf, withRequestScope } from "./request-scope.ts";
import { jsonResponse, textResponse } from "./responses.ts";

type Infer<T> = T extends z.ZodType ? z.infer<T> : undefined;
type RequestOf<R extends RouteDefinition> = NonNullable<R["request"]>;

/** What a handler receives: the caller and its validated, typed input. */
export interface ApiRequest<R extends RouteDefinition> {
  principal: R["access"] extends "public" ? Principal | undefined : Principal;
  params: Infer<RequestOf<R>["params"]>;
  query: Infer<RequestOf<R>["query"]>;
  body: Infer<RequestOf<R>["body"]>;
  headers: Record<string, string | undefined>;
}

/** A handler returns the response body; `withStatus` overrides the route's status or adds headers. */
export type HandlerOutput = unknown;
export const withStatus = (statusCode: number, body: unknown, headers?: Record<string, string>) =>
  ({ [explicit]: true, statusCode, body, headers }) as const;
const explicit = Symbol("explicit-response");

const isExplicit = (value: unknown): value is ReturnType<typeof withStatus> =>
  typeof value === "object" && value !== null && explicit in value;

/**
 * What an idempotent route's module passes in (through `idempotentHandler`): the middleware is imported
 * only by the modules that need it, so it is bundled only into the functions that have such a route
 * (ADR 0013). The compiler insists on it.
 */
type Extras<R extends RouteDefinition> = R extends { idempotent: true }
  ? [extras: { idempotency: typeof idempotency }]
  : [];

/**
 * Builds a Lambda handler for one route of the route table: the same middy pipeline for every route,
 * so authentication, validation, idempotency and error mapping cannot be forgotten.
 * Order: normalise headers → log → map errors → parse JSON → authenticate and authorise → validate → idempotency.
 */
export const httpHandler = <R extends RouteDefinition>(
  route: R,
  fn: (request: ApiRequest<R>) => Promise<HandlerOutput>,
  ...extras: Extras<R>
) => {
  const withIdempotency = (extras as [{ idempotency?: typeof idempotency }?])[0]?.idempotency;
  if (route.idempotent && !withIdempotency) {
    throw new Error(`${route.operationId} is idempotent: build its handler with idempotentHandler`);
  }
  const pipeline = middy<ApiEvent, ApiResult, Error, Context>()
    .use(httpHeaderNormalizer())
    .use(requestLog(route))
    .use(problemResponses());
  if (route.request?.body) pipeline.use(httpJsonBodyParser());
  pipeline.use(authenticate(route)).use(validateInput(route));
  if (route.idempotent && withIdempotency) pipeline.use(withIdempotency(route));
  return pipeline.handler(async (event) => {
    const input = event.input ?? { params: {}, query: {}, body: undefined };
    // Page cursors are signed for this scope, so one caller's page link is no good to another.
    const scope = scopeOf(route.operationId, event.principal, input.params, input.query);
    const output = await withRequestScope(scope, () =>
      fn({
        principal: event.principal as ApiRequest<R>["principal"],
        params: input.params as ApiRequest<R>["params"],
        query: input.query as ApiRequest<R>["query"],
        body: input.body as ApiRequest<R>["body"],
        headers: event.headers,
      }),
    );
    const text = route.response.contentType;
    if (isExplicit(output)) {
      return text && typeof output.body === "string"
        ? textResponse(output.statusCode, output.body, text, output.headers)
        : jsonResponse(output.statusCode, output.body, output.headers);
    }
    if (text && typeof output === "string") return textResponse(route.response.status, output, text);
    return jsonResponse(route.response.status, output);
  });
};

export { logger };
