import type { RouteDefinition } from "#functions/platform/route.ts";

/** What the matcher needs of a route: API Gateway's method (or ANY) and path template. */
export interface RouteShape {
  method: string;
  path: string;
}

export interface RouteMatch<R extends RouteShape = RouteDefinition> {
  route: R;
  pathParameters: Record<string, string>;
}

// Lower is more specific: API Gateway prefers a literal segment to a `{param}`, and either to a greedy `{proxy+}`.
const literal = 0;
const parameter = 1;
const greedy = 2;

interface Compiled<R> {
  route: R;
  names: string[];
  regex: RegExp;
  /** One rank per segment of the template, compared left to right. */
  ranks: number[];
}

const escape = (text: string) => text.replace(/[.*+?^$()|[\]\\]/g, "\\$&");

const compile = <R extends RouteShape>(route: R): Compiled<R> => {
  const names: string[] = [];
  const ranks: number[] = [];
  const pattern = route.path
    .split("/")
    .map((segment) => {
      const variable = /^\{(\w+)(\+?)\}$/.exec(segment);
      if (!variable) {
        ranks.push(literal);
        return escape(segment);
      }
      names.push(variable[1]!);
      ranks.push(variable[2] ? greedy : parameter);
      return variable[2] ? "(.+)" : "([^/]+)";
    })
    .join("/");
  return { route, names, regex: new RegExp(`^${pattern}$`), ranks };
};

/** Negative when `a` is the more specific template: at the first segment where they differ, the lower rank wins. */
const bySpecificity = (a: Compiled<RouteShape>, b: Compiled<RouteShape>) => {
  const length = Math.max(a.ranks.length, b.ranks.length);
  for (let i = 0; i < length; i++) {
    const difference = (a.ranks[i] ?? literal) - (b.ranks[i] ?? literal);
    if (difference !== 0) return difference;
  }
  // Same shape: a route for the exact method beats one for ANY.
  return Number(a.route.method === "ANY") - Number(b.route.method === "ANY");
};

/**
 * Matches requests to the route table as API Gateway HTTP APIs do: the most specific route wins,
 * whatever order the table lists them in. Literal segments beat `{param}` segments position by
 * position, a greedy `{proxy+}` comes last, and an exact method beats ANY.
 */
export const createRouteMatcher = <R extends RouteShape = RouteDefinition>(routes: readonly R[]) => {
  // Sorted once, so the first route that matches a request is the most specific one.
  const compiled = routes.map((route) => compile(route)).sort(bySpecificity);
  return {
    /** The matching route, or which methods the path allows when only the method is wrong. */
    match(method: string, path: string): RouteMatch<R> | { allowed: string[] } | undefined {
      const allowed: string[] = [];
      for (const { route, names, regex } of compiled) {
        const m = regex.exec(path);
        if (!m) continue;
        if (route.method !== method && route.method !== "ANY") {
          allowed.push(route.method);
          continue;
        }
        const pathParameters: Record<string, string> = {};
        names.forEach((name, i) => {
          pathParameters[name] = decodeURIComponent(m[i + 1] ?? "");
        });
        return { route, pathParameters };
      }
      return allowed.length ? { allowed } : undefined;
    },
  };
};
