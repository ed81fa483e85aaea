import { describe, expect, it } from "vitest";
import { routeTable } from "../../functions/routes.ts";
import { api } from "../support/api.ts";

describe("GET /api/openapi.json", () => {
  it("lists every route of the route table, and only those", async () => {
    const res = await api("GET", "/api/openapi.json");
    expect(res.status).toBe(200);
    const paths = res.body.paths as Record<string, Record<string, { operationId: string }>>;
    const documented = Object.entries(paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => `${method.toUpperCase()} ${path} ${op.operationId}`),
    );
    const expected = routeTable.map((r) => `${r.method} ${r.path} ${r.operationId}`);
    expect(documented.sort()).toEqual(expected.sort());
    expect(res.body.openapi).toBe("3.1.0");
  });

  it("describes request bodies and error responses from the zod schemas", async () => {
    const res = await api("GET", "/api/openapi.json");
    const doc = res.body;
    const me = doc.paths["/api/me"]?.get;
    expect(Object.keys(me?.responses ?? {})).toEqual(expect.arrayContaining(["200", "401", "403"]));
  });
});
