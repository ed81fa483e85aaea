import type { RouteDefinition } from "#functions/platform/route.ts";

export interface RouteMatch {
  route: RouteDefinition;
  pathParameters: Record<string, string>;
}

/** Compiles the route table's `{param}` templates into matchers, as API Gateway matches them. */
export const createRouteMatcher = (routes: readonly RouteDefinition[]) => {
  const compiled = routes.map((route) => {
    const names: string[] = [];
    const pattern = route.path
      .replace(/[.*+?^$()|[\]\\]/g, "\\$&")
      .replace(/\{(\w+)\}/g, (_m, name: string) => {
        names.push(name);
        return "([^/]+)";
      });
    return { route, names, regex: new RegExp(`^${pattern}$`) };
  });
  return {
    /** The matching route, or which methods the path allows when only the method is wrong. */
    match(method: string, path: string): RouteMatch | { allowed: string[] } | undefined {
      const allowed: string[] = [];
      for (const { route, names, regex } of compiled) {
        const m = regex.exec(path);
        if (!m) continue;
        if (route.method !== method) {
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
