import type middy from "@middy/core";
import { logger } from "../../observability/logger.ts";
import { recordRequest } from "../../observability/metrics.ts";
import type { RouteDefinition } from "../../route.ts";
import type { ApiEvent, ApiResult } from "../api-event.ts";

/**
 * One structured line per request: route, status and duration — never bodies or query values — and
 * the request's metrics (embedded metric format) beside it.
 */
export const requestLog = (route: RouteDefinition): middy.MiddlewareObj<ApiEvent, ApiResult> => {
  const started = new WeakMap<object, number>();
  const done = (request: middy.Request<ApiEvent, ApiResult>) => {
    const status = request.response?.statusCode ?? 500;
    const durationMs = Math.round(performance.now() - (started.get(request) ?? performance.now()));
    logger.info("Request handled", {
      operationId: route.operationId,
      method: route.method,
      status,
      durationMs,
    });
    recordRequest(route, status, durationMs);
    logger.resetKeys();
  };
  return {
    before: (request) => {
      started.set(request, performance.now());
      logger.addContext(request.context);
    },
    after: done,
    onError: (request) => {
      // problemResponses runs before this in the onError chain and has set the response already.
      if (request.response) done(request);
    },
  };
};
