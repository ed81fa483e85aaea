import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { routeTable } from "../routes.ts";

describe("the route table", () => {
  it("has unique operation ids and unique method + path pairs", () => {
    const ids = routeTable.map((r) => r.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    const keys = routeTable.map((r) => `${r.method} ${r.path}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("points every route at a handler module that exists", () => {
    for (const route of routeTable) {
      const file = fileURLToPath(new URL(`../${route.handler}`, import.meta.url));
      expect(existsSync(file), `${route.operationId} → functions/${route.handler}`).toBe(true);
    }
  });

  it("grants write access only to routes that change something", () => {
    for (const route of routeTable.filter((r) => r.method === "GET" && !r.auditsReads)) {
      expect(route.grants.table, `${route.operationId} is a read`).not.toBe("readwrite");
    }
  });

  it("lets a read write only to append the audit event of that read", () => {
    for (const route of routeTable.filter((r) => r.auditsReads)) {
      expect(route.method, route.operationId).toBe("GET");
      expect(route.grants.table, route.operationId).toBe("readwrite");
    }
  });
});
