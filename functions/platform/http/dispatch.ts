import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2, Context } from "aws-lambda";

type RouteHandler = (event: APIGatewayProxyEventV2, context: Context) => Promise<APIGatewayProxyResultV2>;

/**
 * One cloud function serves every route of a bounded context (ADR 0007): API Gateway names the matched
 * route in `routeKey`, and that picks the same per-route handler the local gateway calls directly.
 */
export const dispatchByRouteKey =
  (handlers: Record<string, RouteHandler>): RouteHandler =>
  async (event, context) => {
    const handler = handlers[event.routeKey];
    if (handler) return handler(event, context);
    // Only reachable if API Gateway and the bundle disagree, i.e. a deploy in progress.
    return {
      statusCode: 404,
      headers: { "content-type": "application/problem+json" },
      body: JSON.stringify({
        type: "about:blank",
        title: "Not Found",
        status: 404,
        detail: "Page not found",
      }),
    };
  };
