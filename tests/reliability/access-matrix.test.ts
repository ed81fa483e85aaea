import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { routeTable } from "#functions/routes.ts";
import { api, setClock } from "../support/api.ts";
import { accessMatrix, columns } from "./access-matrix.ts";
import {
  buildSharedFixtures,
  type Fixture,
  fillPath,
  freshFixtures,
  principals,
  type SharedFixtures,
  snapshot,
  token,
} from "./support/fixtures.ts";
import { expectSecurityHeaders } from "./support/headers.ts";

let shared: SharedFixtures;
let checked = 0;

beforeAll(async () => {
  shared = await buildSharedFixtures();
}, 120_000);

afterAll(async () => {
  await setClock({ offsetMs: 0 });
  console.log(
    `Access matrix: ${routeTable.length} routes × ${columns.length} principals = ${checked} requests checked`,
  );
});

describe("the access matrix", () => {
  it("has a row for every route of the route table, and none for routes that do not exist", () => {
    const operations = new Set(routeTable.map((r) => r.operationId));
    const missing = [...operations].filter((id) => !accessMatrix[id]);
    const stale = Object.keys(accessMatrix).filter((id) => !operations.has(id));
    expect(missing, `Add a row to tests/reliability/access-matrix.ts for: ${missing.join(", ")}`).toEqual([]);
    expect(stale, `These rows name no route: ${stale.join(", ")}`).toEqual([]);
  });

  describe.each(routeTable.map((route) => [route.operationId, route] as const))(
    "%s",
    (operationId, route) => {
      it("answers every principal as declared, and a refused request changes nothing", async () => {
        const row = accessMatrix[operationId];
        if (!row)
          throw new Error(`No access-matrix row for ${operationId} (tests/reliability/access-matrix.ts)`);
        const fixture: Fixture =
          row.on in freshFixtures
            ? await freshFixtures[row.on as keyof typeof freshFixtures]()
            : shared[row.on as keyof SharedFixtures];
        const { query, body } = row.request ? await row.request(fixture) : {};
        const path = fillPath(route.path, fixture.params) + (query ? `?${new URLSearchParams(query)}` : "");
        // Refusals first, so a success cannot change what the refused principals see.
        const order = [...columns].sort(
          (a, b) => Number(row.expected[a] < 300) - Number(row.expected[b] < 300),
        );
        const before = await snapshot(fixture.partitions);
        let compared = false;
        const actual: Record<string, number> = {};
        for (const key of order) {
          const expected = row.expected[key];
          if (expected < 300 && !compared) {
            expect(await snapshot(fixture.partitions), "a refused request changed the record").toEqual(
              before,
            );
            compared = true;
          }
          const userId = key === "provider" ? fixture.owner : principals[key];
          const res = await api(route.method, path, {
            ...(userId ? { token: await token(userId) } : {}),
            ...(body !== undefined ? { body } : {}),
          });
          actual[key] = res.status;
          checked += 1;
          expectSecurityHeaders(res.headers, route.noStore === false && res.status < 300);
          if (res.status >= 400)
            expect(res.headers.get("content-type")).toContain("application/problem+json");
        }
        expect(
          Object.fromEntries(columns.map((c) => [c, actual[c]])),
          `${route.method} ${route.path} (${JSON.stringify(body ?? query ?? {})})`,
        ).toEqual(row.expected);
        if (!compared)
          expect(await snapshot(fixture.partitions), "a refused request changed the record").toEqual(before);
      });
    },
  );
});
