import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { routeTable } from "#functions/routes.ts";
import { api } from "../support/api.ts";
import { completeAnswers } from "../support/referrals.ts";
import { accessMatrix } from "./access-matrix.ts";
import { type Fixture, fillPath, freshFixtures, principals, token } from "./support/fixtures.ts";

/*
 * Issue 17 item 5, as a property over the route table: on every route whose path names a referral, a
 * restricted person's referral answers 404 to everyone the restriction leaves out, and to those it
 * names exactly what its unrestricted twin (built the same way) answers.
 */

const sam = principals.officer;
const nia = "user-officer-camden-2";
const tom = "user-officer-camden-3";
const bridge = principals.provider;
const callers = [sam, nia, tom, principals.otherOfficer, bridge, principals.otherProvider] as const;

// Routes an officer or a provider may use at all: a commissioner-only route (moving a terminated
// contract's referral) refuses these callers by role before it reads any referral.
const referralRoutes = routeTable.filter(
  (r) =>
    r.path.includes("{referralId}") &&
    (r.access === "authenticated" ||
      (Array.isArray(r.access) &&
        r.access.some((role) => role === "provider" || role === "responsible-officer"))),
);

interface Named {
  nia: boolean;
  bridge: boolean;
  excludesTom: boolean;
}

/** What the restriction says, independently of the code under test. */
const allowedBy = (named: Named, caller: string): boolean => {
  if (caller === sam) return true;
  if (named.excludesTom && caller === tom) return false;
  if (!named.nia && !named.bridge) return true;
  return (named.nia && caller === nia) || (named.bridge && caller === bridge);
};

const build = async (operationId: string): Promise<{ fixture: Fixture; body?: unknown; query?: string }> => {
  const row = accessMatrix[operationId]!;
  // Rows that only read the shared referral get a fresh one of their own here.
  const on = (row.on in freshFixtures ? row.on : "sentReferral") as keyof typeof freshFixtures;
  const fixture = await freshFixtures[on]();
  const request = row.request ? await row.request(fixture) : {};
  return {
    fixture,
    ...(request.body !== undefined ? { body: request.body } : {}),
    ...(request.query ? { query: `?${new URLSearchParams(request.query)}` } : {}),
  };
};

/** A fresh draft has no CRN yet (a restriction needs one): the officer answers the person section. */
const answerPerson = async (fixture: Fixture) => {
  const res = await api("PUT", `/api/referrals/${fixture.params.referralId}/sections/person`, {
    token: await token(sam),
    body: { ...(await completeAnswers()).person, finished: true, version: fixture.versions.referral },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  fixture.versions.referral = res.body.version as number;
};

const call = async (
  route: (typeof referralRoutes)[number],
  built: Awaited<ReturnType<typeof build>>,
  as: string,
) =>
  api(route.method, fillPath(route.path, built.fixture.params) + (built.query ?? ""), {
    token: await token(as),
    ...(built.body !== undefined ? { body: built.body } : {}),
  });

describe("a restricted person's referral on every referral route", () => {
  it("covers the routes with a referral id", () => {
    expect(referralRoutes.length).toBeGreaterThan(20);
  });

  it.each(referralRoutes.map((r) => [r.operationId, r] as const))(
    "%s: 404 to everyone left out, as normal to those named",
    async (operationId, route) => {
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...callers),
          fc
            .record({ nia: fc.boolean(), bridge: fc.boolean(), excludesTom: fc.boolean() })
            .filter((n) => n.nia || n.bridge || n.excludesTom),
          async (caller, named) => {
            const twin = await build(operationId);
            const restricted = await build(operationId);
            if (restricted.fixture.versions.referral !== undefined && operationId === "saveReferralSection")
              await answerPerson(restricted.fixture);
            const res = await api(
              "PUT",
              `/api/referrals/${restricted.fixture.params.referralId}/restriction`,
              {
                token: await token(sam),
                body: {
                  allowedUserIds: named.nia ? [nia] : [],
                  allowedTeams: named.bridge ? ["org-bridge-housing"] : [],
                  excludedUserIds: named.excludesTom ? [tom] : [],
                  version: restricted.fixture.versions.referral,
                },
              },
            );
            expect(res.status, JSON.stringify(res.body)).toBe(200);
            // The restriction moved the version on: a write names the latest, as its twin's does.
            if (restricted.body && typeof restricted.body === "object" && "version" in restricted.body)
              (restricted.body as { version: number }).version = res.body.version as number;

            const expected = (await call(route, twin, caller)).status;
            const actual = await call(route, restricted, caller);
            const label = `${route.method} ${route.path} as ${caller}, ${JSON.stringify(named)}`;
            if (allowedBy(named, caller)) expect(actual.status, label).toBe(expected);
            // A role that may never call the route is told so (403) whatever the referral; else 404.
            else expect(actual.status, label).toBe(expected === 403 ? 403 : 404);
          },
        ),
        { numRuns: 2 },
      );
    },
    240_000,
  );
});
