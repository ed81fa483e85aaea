import type { RouteDefinition } from "../route.ts";
import { type ApiRequest, type HandlerOutput, httpHandler } from "./handler.ts";
import { idempotency } from "./middleware/idempotency.ts";

// For R generic the compiler cannot resolve httpHandler's conditional extras; for idempotent R they are this.
const withExtras = httpHandler as <R extends RouteDefinition>(
  route: R,
  fn: (request: ApiRequest<R>) => Promise<HandlerOutput>,
  extras: { idempotency: typeof idempotency },
) => ReturnType<typeof httpHandler<R>>;

/**
 * `httpHandler` for a route declared `idempotent`: the only way the idempotency middleware enters a
 * bundle, so contexts without such a route do not carry it (ADR 0013).
 */
export const idempotentHandler = <R extends RouteDefinition & { idempotent: true }>(
  route: R,
  fn: (request: ApiRequest<R>) => Promise<HandlerOutput>,
) => withExtras(route, fn, { idempotency });
