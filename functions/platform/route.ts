import type * as z from "zod";
import type { MemberRole } from "#shared/accounts/member-roles.ts";
import type { Role } from "#shared/auth/roles.ts";

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** Who may call a route: anyone, any signed-in user, or the listed roles only. */
export type Access = "public" | "authenticated" | readonly Role[];

/** The least privilege a route's function needs; the CDK stack grants exactly this. */
export interface RouteGrants {
  table?: "read" | "readwrite";
  documents?: "read" | "write" | "readwrite";
  /** Creates, changes and disables sign-in accounts in the user pool (accounts only; ADR 0025). */
  identity?: "manage";
}

/**
 * One row of the route table: the single description of an endpoint that the CDK stack, the local
 * gateway, the handler pipeline and the OpenAPI document all read.
 */
export interface RouteDefinition {
  /** Unique and stable: names the Lambda function and the OpenAPI operation. */
  operationId: string;
  method: HttpMethod;
  /** API Gateway style, e.g. `/api/opportunities/{opportunityId}`. */
  path: `/api/${string}`;
  summary: string;
  /** The bounded context, used as the OpenAPI tag. */
  context: string;
  /**
   * The Lambda function that serves the route, when not its context's own: set only through
   * `inFunction` in the context's route list, so a context's grouping is declared in one place (ADR 0013).
   */
  function?: string;
  /** The handler module, relative to `functions/`; it exports `handler`. */
  handler: string;
  access: Access;
  /** A provider caller must also hold this role in their organisation (ADR 0025); other roles are unaffected. */
  memberRole?: MemberRole;
  request?: {
    params?: z.ZodObject;
    query?: z.ZodObject;
    body?: z.ZodType;
  };
  /** `contentType` for a non-JSON body (e.g. `text/csv`): the handler then returns the body as a string. */
  response: { status: number; description: string; schema?: z.ZodType; contentType?: `text/${string}` };
  /** A POST that creates something: a retried request with the same Idempotency-Key replays the first answer. */
  idempotent?: boolean;
  grants: RouteGrants;
  /**
   * A read of personal data that appends an audit event (who read what, when) for every call: the
   * one kind of GET that needs write access to the table.
   */
  auditsReads?: boolean;
  /** Responses hold personal data: never cached anywhere. Defaults to true for authenticated routes. */
  noStore?: boolean;
}

/** Identity helper that keeps route literals typed. */
export const defineRoutes = <const T extends readonly RouteDefinition[]>(routes: T): T => routes;

/** The Lambda function serving a route: the one `inFunction` put it in, else its context's. */
export const functionOf = (route: RouteDefinition): string => route.function ?? route.context;

/**
 * Serves these routes of a context from a function of their own (to keep each bundle small, ADR 0013);
 * routes not listed stay in the context's function, so a new route lands there unless it is added here.
 */
export const inFunction = <const T extends readonly RouteDefinition[]>(
  name: string,
  routes: T,
): { [K in keyof T]: T[K] & { function: string } } =>
  routes.map((route) => ({ ...route, function: name })) as { [K in keyof T]: T[K] & { function: string } };

/** The routes of each function, in route-table order: what the stack deploys and the budget test measures. */
export const routesByFunction = (routes: readonly RouteDefinition[]): Map<string, RouteDefinition[]> => {
  const functions = new Map<string, RouteDefinition[]>();
  for (const route of routes)
    functions.set(functionOf(route), [...(functions.get(functionOf(route)) ?? []), route]);
  return functions;
};
