import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoPassword } from "../../infra/local/oidc/account-source.ts";
import { tokenRequest } from "../../infra/local/oidc/password-client.ts";
import { findDemoUser } from "../../infra/local/seed/demo-users.ts";
import { api, gatewayUrl } from "../support/api.ts";
import { completeBidContent, opportunityFields } from "../support/opportunities.ts";
import { opportunity, principals, referral, token } from "./support/fixtures.ts";
import { pooled } from "./support/pooled.ts";

// Issue 12, defects 3–6: forged cursors, unbounded arrays, load mistaken for an outage, no client limits.

type Answer = Awaited<ReturnType<typeof api>>;
const counts = (answers: Answer[]) =>
  answers.reduce<Record<number, number>>((c, a) => ({ ...c, [a.status]: (c[a.status] ?? 0) + 1 }), {});

interface List {
  name: string;
  /** The list's address with its filters, without limit or cursor. */
  path: string;
  /** Its reader, and another reader of the same role who may read a list at the same address. */
  owner: string;
  other: string;
}

const withPage = (path: string, cursor?: string) =>
  `${path}${path.includes("?") ? "&" : "?"}limit=1${cursor === undefined ? "" : `&cursor=${encodeURIComponent(cursor)}`}`;

/** A real cursor: the first page of one item of the list, as its reader. */
const firstCursor = async (list: List, as = list.owner): Promise<string> => {
  const res = await api("GET", withPage(list.path), { token: await token(as) });
  expect(res.status, `${list.name}: ${JSON.stringify(res.body)}`).toBe(200);
  expect(res.body.nextCursor, `${list.name} has a second page`).toEqual(expect.any(String));
  return res.body.nextCursor as string;
};

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

describe("1,000 forged, altered, foreign and borrowed cursors", () => {
  let lists: List[] = [];
  const cursors = new Map<string, string>();

  beforeAll(async () => {
    const first = await opportunity();
    await opportunity();
    // A second referral sent by Sam, so his "sent" list and the provider's inbox have a second page.
    const sent = await referral("sent");
    lists = [
      {
        name: "inbox",
        path: "/api/referrals/inbox?tab=open",
        owner: principals.provider,
        other: principals.otherProvider,
      },
      {
        name: "officer's referrals",
        path: "/api/referrals?tab=unassigned",
        owner: principals.officer,
        other: principals.otherOfficer,
      },
      {
        name: "contracts",
        path: "/api/contracts",
        owner: principals.provider,
        other: principals.otherProvider,
      },
      {
        name: "opportunities",
        path: "/api/opportunities?region=london&status=open",
        owner: principals.commissioner,
        other: principals.provider,
      },
      {
        name: "timeline",
        path: `/api/referrals/${sent.params.referralId}/timeline`,
        owner: principals.officer,
        other: principals.provider,
      },
      {
        name: "audit",
        path: `/api/opportunities/${first.id}/audit`,
        owner: principals.commissioner,
        other: principals.commissioner,
      },
    ];
    for (const list of lists) cursors.set(list.name, await firstCursor(list));
  });

  it("answers each with 400 and the page link message, and the genuine cursor still works", async () => {
    const listArb = fc.constantFrom(...lists);
    const altered = fc
      .tuple(listArb, fc.nat(), fc.constantFrom("A", "z", "9", "-", "_", ".", "%"), fc.constantFrom(0, 1, 2))
      .map(([list, at, char, how]) => {
        const real = cursors.get(list.name)!;
        const i = at % real.length;
        const cursor =
          how === 0
            ? real.slice(0, i) + char + real.slice(i + 1)
            : how === 1
              ? real.slice(0, i) + real.slice(i + 1)
              : real.slice(0, i) + char + real.slice(i);
        return { list, cursor, as: list.owner, real };
      })
      .filter(({ cursor, real }) => cursor !== real);
    // The shapes the attack used: the old plain encoding with keys missing, extra, or of the wrong type.
    const forgedKey = fc.record({
      pk: fc.oneof(fc.string({ maxLength: 40 }), fc.integer(), fc.constant(null)),
      sk: fc.option(fc.oneof(fc.string({ maxLength: 40 }), fc.integer(), fc.boolean()), { nil: undefined }),
      extra: fc.option(fc.jsonValue({ maxDepth: 2 }), { nil: undefined }),
    });
    const forged = fc
      .tuple(listArb, forgedKey, fc.string({ maxLength: 43 }), fc.boolean())
      .map(([list, key, signature, signed]) => ({
        list,
        cursor: signed ? `v1.${b64({ k: key, t: Date.now() })}.${signature}` : b64(key),
        as: list.owner,
      }));
    const foreign = fc
      .tuple(listArb, listArb)
      .filter(([a, b]) => a.path !== b.path)
      .map(([from, to]) => ({ list: to, cursor: cursors.get(from.name)!, as: to.owner }));
    const borrowed = listArb.map((list) => ({ list, cursor: cursors.get(list.name)!, as: list.other }));
    const junk = fc
      .tuple(listArb, fc.string({ minLength: 1, maxLength: 300 }))
      .map(([list, cursor]) => ({ list, cursor, as: list.owner }));

    const cases = fc.sample(fc.oneof(altered, forged, foreign, junk), { numRuns: 900, seed: 12 });
    // Another caller's cursor for the same address: every list whose address another reader can open.
    cases.push(
      ...fc.sample(
        borrowed.filter((c) => c.list.name !== "audit"),
        { numRuns: 100, seed: 12 },
      ),
    );
    expect(cases).toHaveLength(1_000);

    const answers = await pooled(
      cases.map((c) => async () => ({
        c,
        res: await api("GET", withPage(c.list.path, c.cursor), { token: await token(c.as) }),
      })),
    );
    const wrong = answers.filter(
      ({ res }) =>
        res.status !== 400 ||
        !res.headers.get("content-type")?.includes("application/problem+json") ||
        res.body.errors?.[0]?.path !== "query.cursor",
    );
    expect(
      wrong.map(({ c, res }) => `${c.list.name} as ${c.as}: ${res.status} for ${c.cursor.slice(0, 60)}`),
    ).toEqual([]);
    expect(answers[0]!.res.body.errors[0].message).toBe(
      "This page link is no longer valid. Go back to the first page.",
    );

    for (const list of lists) {
      const res = await api("GET", withPage(list.path, cursors.get(list.name)), {
        token: await token(list.owner),
      });
      expect(res.status, `${list.name}: the genuine second page`).toBe(200);
    }
  });
});

describe("oversize arrays", () => {
  it("refuse a bid with 60,000 delivery methods or 25,000 PDUs with 400 naming the field", async () => {
    const o = await opportunity();
    const content = completeBidContent();
    const bridge = await token(principals.provider);
    const save = (offer: object) =>
      api("PUT", `/api/opportunities/${o.id}/bid`, {
        token: bridge,
        body: {
          content: { ...content, offers: { ...content.offers, low: { ...content.offers.low, ...offer } } },
          version: 0,
        },
      });
    const methods = await save({ deliveryMethods: Array<string>(60_000).fill("one-to-one") });
    expect(methods.status, JSON.stringify(methods.body).slice(0, 300)).toBe(400);
    expect(methods.body.errors).toContainEqual({
      path: "content.offers.low.deliveryMethods",
      message: "Select each of the delivery methods once for the low complexity offer",
    });
    const pdus = await save({ pduIds: Array<string>(25_000).fill("camden-and-islington") });
    expect(pdus.status, JSON.stringify(pdus.body).slice(0, 300)).toBe(400);
    expect(pdus.body.errors).toContainEqual({
      path: "content.offers.low.pduIds",
      message: "Select each of the PDUs once for the low complexity offer",
    });
  });

  it("refuse an opportunity with 30,000 PDUs with 400 naming the field", async () => {
    const body = {
      ...(await opportunityFields()),
      pduIds: Array<string>(30_000).fill("camden-and-islington"),
    };
    const res = await api("POST", "/api/opportunities", {
      token: await token(principals.commissioner),
      body,
    });
    expect(res.status, JSON.stringify(res.body).slice(0, 300)).toBe(400);
    expect(res.body.errors).toContainEqual({ path: "pduIds", message: "Select each PDU once" });
  });
});

describe("load on a healthy stack", () => {
  it(
    "200 concurrent sends of one referral: exactly one 200, the rest 409, no 503",
    { timeout: 300_000 },
    async () => {
      const draft = await referral("completeDraft");
      const sam = await token(principals.officer);
      const answers = await Promise.all(
        Array.from({ length: 200 }, () =>
          api("POST", `/api/referrals/${draft.params.referralId}/send`, {
            token: sam,
            body: { version: draft.versions.referral },
          }),
        ),
      );
      expect(counts(answers)).toEqual({ 200: 1, 409: 199 });
    },
  );

  it("200 concurrent CSV exports: every one answered, no 503", { timeout: 300_000 }, async () => {
    const helen = await token(principals.commissioner);
    const answers = await Promise.all(
      Array.from({ length: 200 }, () =>
        api("GET", "/api/performance/dashboard/export?table=months", { token: helen }),
      ),
    );
    expect(counts(answers)).toEqual({ 200: 200 });
  });
});

describe("per-client limits at the local gateway", () => {
  const setLimits = async (limits: object) => {
    const res = await fetch(`${gatewayUrl()}/__local/rate-limits`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(limits),
    });
    expect(res.status).toBe(200);
    return (await res.json()) as Record<string, number>;
  };
  let original: Record<string, number> = {};
  beforeAll(async () => {
    original = await (await fetch(`${gatewayUrl()}/__local/rate-limits`)).json();
  });
  afterAll(() => setLimits(original));

  const expect429 = (res: Answer) => {
    expect(res.status).toBe(429);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(Number(res.headers.get("retry-after"))).toBeLessThanOrEqual(60);
    expect(res.body).toMatchObject({ status: 429, title: "Too many requests" });
  };

  it("a burst of bad tokens past the per-client limit gets 429 with Retry-After", async () => {
    await setLimits({ windowSeconds: 60, perClient: 20 });
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, i) => api("GET", "/api/me", { token: `not.a.token${i}` })),
    );
    expect(counts(answers)).toEqual({ 401: 20, 429: 10 });
    expect429(answers.find((a) => a.status === 429)!);
  });

  it("costly routes have a lower limit of their own", async () => {
    await setLimits({ windowSeconds: 60, perClient: 1_000, costly: 3 });
    const helen = await token(principals.commissioner);
    const answers: Answer[] = [];
    for (let i = 0; i < 5; i += 1) {
      answers.push(await api("GET", "/api/performance/dashboard/export?table=months", { token: helen }));
    }
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 429, 429]);
    expect429(answers[4]!);
    expect((await api("GET", "/api/me", { token: helen })).status).toBe(200);
  });

  it("the local sign-in is limited too", async () => {
    await setLimits({ windowSeconds: 60, signIn: 5 });
    const answers = await Promise.all(
      Array.from({ length: 8 }, () =>
        // The password grant, the local twin of Cognito's USER_PASSWORD_AUTH (Cognito limits it too).
        tokenRequest(gatewayUrl(), {
          grant_type: "password",
          username: findDemoUser(principals.officer)?.email ?? "",
          password: demoPassword,
        }),
      ),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 200, 200, 200, 429, 429, 429]);
    const refused = answers.find((a) => a.status === 429)!;
    expect(refused.headers.get("retry-after")).toMatch(/^\d+$/);
  });
});
