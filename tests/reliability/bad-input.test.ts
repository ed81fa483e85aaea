import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RouteDefinition } from "#functions/platform/route.ts";
import { routeTable } from "#functions/routes.ts";
import { api, setClock } from "../support/api.ts";
import { accessMatrix } from "./access-matrix.ts";
import {
  buildSharedFixtures,
  type Fixture,
  fillPath,
  freshFixtures,
  partitionItems,
  principals,
  type PrincipalKey,
  type SharedFixtures,
  snapshot,
  token,
} from "./support/fixtures.ts";
import { mutateAt, schemaPaths, topLevelFields } from "./support/schema-paths.ts";
import { auditKeys } from "#functions/platform/data/audit.ts";

const runsPerRoute = 25;
let shared: SharedFixtures;
let tried = 0;

beforeAll(async () => {
  shared = await buildSharedFixtures();
}, 120_000);

afterAll(async () => {
  await setClock({ offsetMs: 0 });
  console.log(`Bad input: ${tried} invalid or mutated requests tried on ${routesWithInput.length} routes`);
});

const routesWithInput = routeTable.filter((r) => r.request?.body || r.request?.query);

/** Values of the wrong type or shape, outsized, or hostile. */
const junk = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double(),
  fc.string({ maxLength: 30 }),
  fc.constant("x".repeat(300_000)),
  fc.constantFrom(
    "not-a-known-value",
    "__proto__",
    "2026-02-30",
    "' OR 1=1 --",
    "<script>alert(1)</script>",
    "\u0000",
    "-1",
  ),
  fc.array(fc.anything({ maxDepth: 2 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.anything({ maxDepth: 2 }), { maxKeys: 3 }),
  fc.constant({ $ne: null }),
);

/** Query-string values: always strings, so wrong numbers, outsized and forged cursors. */
const junkQueryValue = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constant("9".repeat(5000)),
  fc.constantFrom("-1", "0", "101", "1.5", "abc", "NaN", "Infinity", "1e400", "", "not-a-known-value"),
  fc.base64String({ maxLength: 200 }),
);

/** The start of every message zod writes itself (its English locale): none may reach a person. */
const zodDefault = /^(Invalid\b|Too (big|small)\b|Unrecognized key)/;

/** Bodies that are not JSON at all, or not what the header says. */
const malformed = ["{", '{"version": }', "[1,2", "nul", "{'single': 'quotes'}", "\u0000\u0001"];

const firstPermitted = (operationId: string): PrincipalKey => {
  const row = accessMatrix[operationId]!;
  const order: PrincipalKey[] = [
    "provider",
    "commissioner",
    "otherProvider",
    "unadmittedProvider",
    "officer",
    "otherOfficer",
  ];
  // Whoever may use the route: one it succeeds for, else one its rules refuse rather than its access
  // (announcing the market's end is checked with a past date, so the stack's market stays open).
  const refusals = [401, 403, 404];
  const key =
    order.find((k) => row.expected[k] < 300) ?? order.find((k) => !refusals.includes(row.expected[k]));
  // A public route answers anyone alike (a used invitation link is 410 to all): its input is still checked.
  if (!key && routesWithInput.find((r) => r.operationId === operationId)?.access === "public")
    return "provider";
  if (!key) throw new Error(`No principal may use ${operationId}`);
  return key;
};

describe.each(routesWithInput.map((r) => [r.operationId, r] as const))(
  "%s",
  (operationId, route: RouteDefinition) => {
    it("never answers invalid input with a 5xx; refuses it with problem+json naming a field, and changes nothing", async () => {
      const row = accessMatrix[operationId]!;
      const fixture: Fixture =
        row.on in freshFixtures
          ? await freshFixtures[row.on as keyof typeof freshFixtures]()
          : shared[row.on as keyof SharedFixtures];
      const who = firstPermitted(operationId);
      const userId = who === "provider" ? fixture.owner : principals[who]!;
      const auth = await token(userId);
      const seed = row.request ? await row.request(fixture) : {};
      const basePath = fillPath(route.path, fixture.params);
      // A loose body (a referral section) names its fields in the request, not the schema.
      const fields = new Set([
        ...(route.request?.body ? topLevelFields(route.request.body) : []),
        ...(seed.body && typeof seed.body === "object" ? Object.keys(seed.body) : []),
        "body",
        "query",
        "params",
        "headers",
      ]);
      // Everything a refused request could have touched: the record's partitions and the caller's audit trail.
      const state = async () => ({
        records: await snapshot(fixture.partitions),
        audit: await partitionItems(auditKeys.byActor(userId), "gsi1"),
      });
      let baseline = await state();

      // `sentFields`: keys the client added to the body. A loose body (a referral section) refuses an
      // over-long extra key by naming it, which is naming a field of the request.
      const check = async (res: Awaited<ReturnType<typeof api>>, sent: string, sentFields: string[] = []) => {
        tried += 1;
        expect(res.status, `${sent} → ${res.status} ${JSON.stringify(res.body)?.slice(0, 300)}`).toBeLessThan(
          500,
        );
        if (res.status < 300) {
          baseline = await state();
          return;
        }
        expect(res.headers.get("content-type"), sent).toContain("application/problem+json");
        expect(res.body.status, sent).toBe(res.status);
        if (res.status === 400) {
          const paths: string[] = (res.body.errors ?? []).map((e: { path: string }) => e.path);
          expect(paths.length, `400 without field errors for ${sent}`).toBeGreaterThan(0);
          const messages: string[] = (res.body.errors ?? []).map((e: { message: string }) => e.message);
          expect(
            messages.filter((m) => zodDefault.test(m)),
            `zod's own text in a 400 for ${sent}`,
          ).toEqual([]);
          expect(
            // An added key may itself contain dots ("."), so it is matched whole as well as by its head.
            paths.some(
              (p) => fields.has(p.split(".")[0]!) || sentFields.some((f) => p === f || p.startsWith(`${f}.`)),
            ),
            `400 naming no field of the request (${paths.join(", ")}) for ${sent}`,
          ).toBe(true);
        }
        expect(await state(), `a refused request changed the table: ${sent}`).toEqual(baseline);
      };

      if (route.request?.body) {
        const paths = schemaPaths(route.request.body, seed.body);
        const mutation = fc.oneof(
          fc.record({ kind: fc.constant("replace" as const), path: fc.constantFrom(...paths), value: junk }),
          fc.record({ kind: fc.constant("remove" as const), path: fc.constantFrom(...paths) }),
          fc.record({
            kind: fc.constant("extra" as const),
            path: fc.string({ maxLength: 10 }).map((k) => [k]),
            value: junk,
          }),
          fc.record({ kind: fc.constant("whole" as const), path: fc.constant([]), value: junk }),
        );
        await fc.assert(
          fc.asyncProperty(mutation, async (m) => {
            const body =
              m.kind === "remove"
                ? mutateAt(seed.body ?? {}, m.path, undefined, true)
                : m.kind === "whole"
                  ? m.value
                  : mutateAt(seed.body ?? {}, m.path, "value" in m ? m.value : undefined);
            const query = seed.query ? `?${new URLSearchParams(seed.query)}` : "";
            const res = await api(route.method, basePath + query, {
              token: auth,
              rawBody: JSON.stringify(body) ?? "null",
            });
            await check(res, `${m.kind} ${m.path.join(".")}`, m.kind === "extra" ? m.path : []);
          }),
          { numRuns: runsPerRoute },
        );
        for (const raw of malformed) {
          await check(
            await api(route.method, basePath, { token: auth, rawBody: raw }),
            `malformed ${JSON.stringify(raw)}`,
          );
        }
      }

      if (route.request?.query) {
        const keys = topLevelFields(route.request.query);
        const mutation = fc.record({
          kind: fc.constantFrom("replace", "remove", "extra"),
          key: fc.oneof(fc.constantFrom(...keys), fc.string({ maxLength: 10 })),
          value: junkQueryValue,
        });
        await fc.assert(
          fc.asyncProperty(mutation, async (m) => {
            const params = new URLSearchParams(seed.query ?? {});
            if (m.kind === "remove") params.delete(m.key);
            else if (m.kind === "extra") params.append(m.key, m.value);
            else params.set(m.key, m.value);
            const res = await api(route.method, `${basePath}?${params}`, {
              token: auth,
              ...(route.request?.body ? { body: seed.body } : {}),
            });
            await check(res, `query ${m.kind} ${m.key}=${m.value.slice(0, 40)}`);
          }),
          { numRuns: runsPerRoute },
        );
      }
    });
  },
);

describe("an oversized body", () => {
  it("is refused with 413 problem+json, not a dropped connection", async () => {
    const res = await api("PUT", `/api/opportunities/${shared.open.params.opportunityId}/bid`, {
      token: await token(principals.provider),
      rawBody: JSON.stringify({ content: { socialValueAnswer: "x".repeat(2_000_000) }, version: 1 }),
    });
    tried += 1;
    expect(res.status).toBe(413);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
  });
});
