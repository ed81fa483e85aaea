import { expect } from "vitest";
import { api, setClock, tokenFor } from "./api.ts";
import { completeBidContent, completeOffer, portalNow, publishedOpportunity } from "./opportunities.ts";

export const lead = "user-commissioner-london";
export const evaluator = "user-commissioner-london-2";

/** The three London finance providers and the prices (low, medium tier, in pence) each bids. */
export const bidders = [
  { userId: "user-provider-bridge", organisationId: "org-bridge-housing", prices: [45_000, 90_000] },
  { userId: "user-provider-pathways", organisationId: "org-northern-pathways", prices: [40_000, 80_000] },
  { userId: "user-provider-money-matters", organisationId: "org-money-matters", prices: [50_000, 100_000] },
] as const;

/** Calls the API as a demo user, signing in afresh (the clock may have moved past an old token's expiry). */
export const as = async (
  userId: string,
  method: string,
  path: string,
  body?: unknown,
  headers?: Record<string, string>,
) =>
  api(method, path, {
    token: await tokenFor(userId),
    ...(body === undefined ? {} : { body }),
    ...(headers ? { headers } : {}),
  });

const created: string[] = [];

/**
 * Cancels every competition these helpers published, at the real time. Once the clock is set back they
 * would be open again and crowd the first page of London's open opportunities, which other files read.
 */
export const retireCompetitions = async () => {
  await setClock({ offsetMs: 0 });
  for (const id of created.splice(0)) {
    const current = await as(lead, "GET", `/api/opportunities/${id}`);
    // A competition that has ended (contracts created, or declared unsuccessful) can no longer be cancelled.
    if (["cancelled", "contracted", "unsuccessful"].includes(current.body.lifecycle?.stage)) continue;
    const cancelled = await as(lead, "POST", `/api/opportunities/${id}/cancel`, {
      reason: "Test competition finished.",
      version: current.body.version,
    });
    expect(cancelled.status, JSON.stringify(cancelled.body)).toBe(200);
  }
};

/**
 * A published London finance opportunity with a bid submitted by each of the three bidders (still open).
 * `offer` changes every offer of every bid (for example the delivery units they cover).
 */
export const competitionWithThreeBids = async (
  overrides: Record<string, unknown> = {},
  offer: Record<string, unknown> = {},
) => {
  const opportunity = await publishedOpportunity({
    title: "Money advice for people on probation in north London",
    needAreaId: "finance-benefits-debt",
    ...overrides,
  });
  created.push(opportunity.id);
  for (const bidder of bidders) {
    const content = {
      ...completeBidContent(),
      offers: {
        low: { ...completeOffer("Money Basics", bidder.prices[0]), ...offer },
        medium: { ...completeOffer("Debt Support", bidder.prices[1]), ...offer },
      },
    };
    const saved = await as(bidder.userId, "PUT", `/api/opportunities/${opportunity.id}/bid`, {
      content,
      version: 0,
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    const submitted = await as(bidder.userId, "POST", `/api/opportunities/${opportunity.id}/bid/submit`, {
      version: saved.body.version,
    });
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
  }
  return opportunity;
};

/** Moves the portal's clock to a minute after an instant (tokens must be fetched afresh afterwards). */
export const moveClockPast = async (instant: string) => {
  await setClock({ now: new Date(Date.parse(instant) + 60_000).toISOString() });
  expect((await portalNow()).getTime()).toBeGreaterThan(Date.parse(instant));
};

/** The same competition, closed: the clock is moved just past its deadline. */
export const closedCompetitionWithThreeBids = async (overrides: Record<string, unknown> = {}) => {
  const opportunity = await competitionWithThreeBids(overrides);
  await moveClockPast(opportunity.submissionDeadline);
  return opportunity;
};

const justification = (score: number) =>
  `The answer earns ${score} because the evidence is specific and local.`;

/** A complete score sheet: every quality answer and social value at `score` (or the given scores). */
export const sheet = (q1: number, q2 = q1, socialValue = q1) => ({
  answers: {
    q1: { score: q1, justification: justification(q1) },
    q2: { score: q2, justification: justification(q2) },
  },
  socialValue: { score: socialValue, justification: justification(socialValue) },
});

/** A complete moderation for one bid. */
export const moderation = (q1: number, q2: number, socialValue: number, version = 0) => ({
  answers: {
    q1: { score: q1, rationale: `Moderated to ${q1}: strong local landlord and creditor links.` },
    q2: { score: q2, rationale: `Moderated to ${q2}: the follow-up plan is credible.` },
  },
  socialValue: { score: socialValue, rationale: `Moderated to ${socialValue}: lived-experience employment.` },
  version,
});

/** Assigns the panel, has every evaluator declare no conflict and score every bid, and the lead moderate. */
export const evaluateAll = async (
  opportunityId: string,
  panel: string[] = [lead, evaluator],
  moderated: Record<string, [number, number, number]> = {
    "org-bridge-housing": [3, 3, 3],
    "org-northern-pathways": [3, 2, 2],
    "org-money-matters": [4, 4, 4],
  },
) => {
  const base = `/api/opportunities/${opportunityId}/evaluation`;
  const assigned = await as(lead, "PUT", `${base}/panel`, { evaluatorIds: panel, version: 0 });
  expect(assigned.status, JSON.stringify(assigned.body)).toBe(200);
  for (const member of panel) {
    const declared = await as(member, "POST", `${base}/declaration`, {
      bidders: bidders.map((b) => ({ organisationId: b.organisationId, conflict: false })),
    });
    expect(declared.status, JSON.stringify(declared.body)).toBe(201);
    for (const bidder of bidders) {
      const [q1, q2, sv] = moderated[bidder.organisationId] ?? [3, 3, 3];
      const scored = await as(
        member,
        "POST",
        `${base}/bids/${bidder.organisationId}/scores`,
        sheet(q1, q2, sv),
      );
      expect(scored.status, JSON.stringify(scored.body)).toBe(201);
    }
  }
  for (const bidder of bidders) {
    const [q1, q2, sv] = moderated[bidder.organisationId] ?? [3, 3, 3];
    const done = await as(
      lead,
      "PUT",
      `${base}/bids/${bidder.organisationId}/moderation`,
      moderation(q1, q2, sv),
    );
    expect(done.status, JSON.stringify(done.body)).toBe(200);
  }
  return (await as(lead, "GET", base)).body as { version: number };
};
