import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { routeTable } from "#functions/routes.ts";
import { createRouteMatcher, type RouteShape } from "./route-matcher.ts";

/** A request path that only `template` names exactly: each `{param}` filled with a value no literal segment uses. */
const examplePath = (template: string) =>
  template
    .replace(/\{(\w+)\+\}/g, "deep/er/path")
    .replace(/\{(\w+)\}/g, (_m, name: string) => `sample-${name}`);

const operationIds = routeTable.map((route) => route.operationId);

const matched = (routes: readonly RouteShape[], method: string, path: string) => {
  const found = createRouteMatcher(routes).match(method, path);
  return found && "route" in found ? `${found.route.method} ${found.route.path}` : found;
};

describe("the local gateway's route matching (API Gateway's most specific match)", () => {
  it("resolves every route's own example path to that route, whatever order the table lists them in", () => {
    fc.assert(
      // Shuffles operation ids rather than routes, so a failure prints a readable table order.
      fc.property(fc.shuffledSubarray(operationIds, { minLength: operationIds.length }), (order) => {
        const matcher = createRouteMatcher(order.map((id) => routeTable.find((r) => r.operationId === id)!));
        for (const route of routeTable) {
          const found = matcher.match(route.method, examplePath(route.path));
          expect(found && "route" in found ? found.route.operationId : found).toBe(route.operationId);
        }
      }),
      { numRuns: 25 },
    );
  });

  it("prefers a literal segment to a parameter in either table order", () => {
    const inbox = { method: "GET", path: "/api/referrals/inbox" };
    const one = { method: "GET", path: "/api/referrals/{referralId}" };
    for (const table of [
      [inbox, one],
      [one, inbox],
    ]) {
      expect(matched(table, "GET", "/api/referrals/inbox")).toBe("GET /api/referrals/inbox");
      expect(matched(table, "GET", "/api/referrals/R-1")).toBe("GET /api/referrals/{referralId}");
    }
  });

  it("compares segment by segment, left to right", () => {
    const table = [
      { method: "GET", path: "/api/{kind}/summary" },
      { method: "GET", path: "/api/opportunities/{id}" },
    ];
    expect(matched(table, "GET", "/api/opportunities/summary")).toBe("GET /api/opportunities/{id}");
    expect(matched(table.toReversed(), "GET", "/api/opportunities/summary")).toBe(
      "GET /api/opportunities/{id}",
    );
    expect(matched(table, "GET", "/api/contracts/summary")).toBe("GET /api/{kind}/summary");
  });

  it("tries a greedy {proxy+} last, and it spans several segments", () => {
    const table = [
      { method: "GET", path: "/files/{proxy+}" },
      { method: "GET", path: "/files/{name}" },
      { method: "GET", path: "/files/readme" },
    ];
    expect(matched(table, "GET", "/files/readme")).toBe("GET /files/readme");
    expect(matched(table, "GET", "/files/notes")).toBe("GET /files/{name}");
    expect(matched(table, "GET", "/files/a/b/c")).toBe("GET /files/{proxy+}");
    const found = createRouteMatcher(table).match("GET", "/files/a/b%20c");
    expect(found && "pathParameters" in found ? found.pathParameters : found).toEqual({ proxy: "a/b c" });
  });

  it("prefers the exact method to ANY on the same path, and lets ANY take other methods", () => {
    const table = [
      { method: "ANY", path: "/api/things/{id}" },
      { method: "GET", path: "/api/things/{id}" },
    ];
    expect(matched(table, "GET", "/api/things/1")).toBe("GET /api/things/{id}");
    expect(matched(table, "DELETE", "/api/things/1")).toBe("ANY /api/things/{id}");
  });

  it("falls through to a less specific route of the right method before answering 405", () => {
    const table = [
      { method: "GET", path: "/api/referrals/inbox" },
      { method: "POST", path: "/api/referrals/{referralId}" },
    ];
    expect(matched(table, "POST", "/api/referrals/inbox")).toBe("POST /api/referrals/{referralId}");
    expect(matched(table, "PUT", "/api/referrals/inbox")).toEqual({ allowed: ["GET", "POST"] });
    expect(matched(table, "GET", "/api/nothing/here")).toBeUndefined();
  });

  it("decodes path parameters", () => {
    const found = createRouteMatcher([{ method: "GET", path: "/api/people/{name}" }]).match(
      "GET",
      "/api/people/Ada%20Lovelace",
    );
    expect(found && "pathParameters" in found ? found.pathParameters : found).toEqual({
      name: "Ada Lovelace",
    });
  });
});
