import { AsyncLocalStorage } from "node:async_hooks";
import type { Principal } from "#shared/auth/principal.ts";

/** Who is asking for which list with which filters: what a page cursor is bound to. */
export interface RequestScope {
  /** The route's operationId. */
  operation: string;
  /** The caller's user id and organisation, or "public" for an anonymous request. */
  caller: string;
  /** The validated query and path parameters, without the cursor and page size. */
  filters: string;
}

const storage = new AsyncLocalStorage<RequestScope>();

// Sorted keys, so the same filters always give the same text whatever order the client sent them in.
const stable = (value: unknown): string => {
  if (Array.isArray(value)) return `[${value.map(stable).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stable(v)}`).join(",")}}`;
  }
  return JSON.stringify(value ?? null);
};

/** The scope of one API request, from its route, principal and validated input. */
export const scopeOf = (
  operation: string,
  principal: Principal | undefined,
  params: unknown,
  query: unknown,
): RequestScope => {
  const { cursor: _cursor, limit: _limit, ...filters } = (query ?? {}) as Record<string, unknown>;
  return {
    operation,
    caller: principal ? `${principal.userId}|${principal.organisationId ?? ""}` : "public",
    filters: stable({ params: params ?? {}, query: filters }),
  };
};

/** Runs `fn` with the request's scope readable by the data layer. */
export const withRequestScope = <T>(scope: RequestScope, fn: () => Promise<T>): Promise<T> =>
  storage.run(scope, fn);

/** The current request's scope; jobs and scripts run outside any request and get a fixed one. */
export const currentScope = (): RequestScope =>
  storage.getStore() ?? { operation: "system", caller: "system", filters: "{}" };
