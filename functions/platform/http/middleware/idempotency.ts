import type middy from "@middy/core";
import type { RouteDefinition } from "../../route.ts";
import type { ApiEvent, ApiResult } from "../api-event.ts";
import { conflict, invalid, ruleBroken } from "../problems.ts";
import { claim, complete, type IdempotencyScope, payloadHash, release } from "./idempotency-store.ts";

// Without a Lambda deadline (tests calling a handler directly), an abandoned claim blocks retries this long.
const defaultHoldMs = 60_000;

/**
 * Idempotency for POSTs that create (ADR 0003): the key is the route, the caller and their
 * Idempotency-Key header; a retry replays the first response, the same key with a different body is
 * refused (422), and a retry while the first is still running is a conflict (409). Without the header
 * the request is simply not deduplicated.
 */
export const idempotency = (route: RouteDefinition): middy.MiddlewareObj<ApiEvent, ApiResult> => {
  // Only the request that claimed a key may complete or release it.
  const claimed = new WeakMap<object, IdempotencyScope>();
  return {
    before: async (request) => {
      const key = request.event.headers["idempotency-key"];
      if (key === undefined) return undefined;
      if (!/^[A-Za-z0-9_-]{8,128}$/.test(key)) {
        throw invalid([
          {
            path: "headers.idempotency-key",
            message: "Idempotency-Key must be 8 to 128 letters, digits, - or _",
          },
        ]);
      }
      const scope = {
        operationId: route.operationId,
        userId: request.event.principal?.userId ?? "anonymous",
        key,
      };
      const hash = payloadHash(request.event.body);
      const holdMs = request.context?.getRemainingTimeInMillis?.() || defaultHoldMs;
      const found = await claim(scope, hash, holdMs);
      if (!found) {
        claimed.set(request, scope);
        return undefined;
      }
      if (found.payloadHash !== hash) {
        throw ruleBroken("This Idempotency-Key was already used for a different request.");
      }
      if (found.status === "INPROGRESS") {
        throw conflict("The same request is already being processed. Wait a moment and reload.");
      }
      // Returning a value ends the pipeline here: the handler does not run again.
      return found.response;
    },
    after: async (request) => {
      const scope = claimed.get(request);
      if (scope && request.response) await complete(scope, request.response);
    },
    onError: async (request) => {
      const scope = claimed.get(request);
      if (!scope) return;
      claimed.delete(request);
      try {
        await release(scope);
      } catch {
        // Keep request.error for problemResponses: when the store is unreachable the client must see
        // 503, not this; an unreleased claim lapses at its holder's deadline.
      }
    },
  };
};
