import { afterAll, describe, expect, it } from "vitest";
import { setClock } from "../support/api.ts";
import {
  as,
  bidders,
  closedCompetitionWithThreeBids,
  evaluateAll,
  lead,
  retireCompetitions,
} from "../support/evaluation.ts";
import { emailsWithSubject, notificationsLinkingTo } from "../support/notifications.ts";
import { completeBidContent, publishedOpportunity } from "../support/opportunities.ts";

const [, pathways, moneyMatters] = bidders;
const membership = (organisationId: string) => `/api/framework/suppliers/${organisationId}/membership`;

/** Lifts a suspension left by a failed test, so other files' bids are not refused. */
const reinstate = async (organisationId: string) => {
  const current = await as(lead, "GET", membership(organisationId));
  if (current.body.status === "suspended") {
    await as(lead, "POST", membership(organisationId), { action: "reinstate", reason: "Test over." });
  }
};

afterAll(async () => {
  await reinstate(pathways.organisationId);
  await reinstate(moneyMatters.organisationId);
  await setClock({ offsetMs: 0 });
  await retireCompetitions();
});

describe("membership of the dynamic market", () => {
  it("is changed only by a framework administrator, with a ground and a reason", async () => {
    const bad = await as(lead, "POST", membership(pathways.organisationId), {
      action: "suspend",
      reason: "",
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { path: string }) => e.path)).toEqual(
      expect.arrayContaining(["reason", "ground"]),
    );
    const notAdmin = await as("user-commissioner-wales", "POST", membership(pathways.organisationId), {
      action: "suspend",
      ground: "debarment",
      reason: "On the debarment list.",
    });
    expect(notAdmin.status).toBe(403);
    // Another supplier's membership is not a provider's business; an unknown one is not there.
    expect((await as(moneyMatters.userId, "GET", membership(pathways.organisationId))).status).toBe(404);
    expect((await as(lead, "GET", membership("org-nobody"))).status).toBe(404);
  });

  it("lists every admitted supplier by name with its membership, for framework administrators only", async () => {
    const listed = await as(lead, "GET", "/api/framework/suppliers?limit=100");
    expect(listed.status, JSON.stringify(listed.body)).toBe(200);
    const names = listed.body.items.map((s: { organisationName: string }) => s.organisationName);
    expect(names).toEqual(expect.arrayContaining(["Bridge Housing Trust", "Northern Pathways CIC"]));
    // Applicants still waiting are not members. Read them now: another file may admit the seeded one.
    const waiting = await as(lead, "GET", "/api/framework/applications?status=submitted&limit=100");
    const waitingIds = waiting.body.items.map((a: { organisationId: string }) => a.organisationId);
    const listedIds = listed.body.items.map((s: { organisationId: string }) => s.organisationId);
    expect(waitingIds.length, "the seed has an application waiting").toBeGreaterThan(0);
    for (const id of waitingIds) expect(listedIds).not.toContain(id);
    const byName = (a: string, b: string) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1);
    expect(names).toEqual([...names].sort(byName));
    expect(listed.body.items[0]).toMatchObject({
      organisationId: expect.any(String),
      status: expect.any(String),
    });
    expect((await as("user-commissioner-wales", "GET", "/api/framework/suppliers")).status).toBe(403);
    expect((await as(pathways.userId, "GET", "/api/framework/suppliers")).status).toBe(403);
  });

  it("a suspended supplier is told, cannot bid (422) until reinstated, and may bid again after", async () => {
    const opportunity = await publishedOpportunity({ needAreaId: "finance-benefits-debt" });
    const suspended = await as(lead, "POST", membership(pathways.organisationId), {
      action: "suspend",
      ground: "discretionary-exclusion",
      reason: "Insurance certificate lapsed on 1 March.",
    });
    expect(suspended.status, JSON.stringify(suspended.body)).toBe(200);
    expect(suspended.body).toMatchObject({ status: "suspended", ground: "discretionary-exclusion" });
    const again = await as(lead, "POST", membership(pathways.organisationId), {
      action: "suspend",
      ground: "debarment",
      reason: "Twice.",
    });
    expect(again.status).toBe(422);

    // In the portal and by e-mail to its administrators.
    const own = await as(pathways.userId, "GET", membership(pathways.organisationId));
    expect(own.body.status).toBe("suspended");
    expect(await notificationsLinkingTo(pathways.userId, "/framework/membership")).not.toEqual([]);
    expect(
      await emailsWithSubject("Northern Pathways CIC has been suspended from the dynamic market"),
    ).not.toEqual([]);

    const bid = await as(pathways.userId, "PUT", `/api/opportunities/${opportunity.id}/bid`, {
      content: completeBidContent(),
      version: 0,
    });
    expect(bid.status).toBe(422);
    expect(bid.body.detail).toMatch(/suspended from the dynamic market, so it cannot bid/);

    const lifted = await as(lead, "POST", membership(pathways.organisationId), {
      action: "reinstate",
      reason: "A new certificate was provided.",
    });
    expect(lifted.status).toBe(200);
    const after = await as(pathways.userId, "PUT", `/api/opportunities/${opportunity.id}/bid`, {
      content: completeBidContent(),
      version: 0,
    });
    expect(after.status, JSON.stringify(after.body)).toBe(200);
  });

  it("a supplier suspended after bidding cannot be awarded (422)", async () => {
    const opportunity = await closedCompetitionWithThreeBids();
    const evaluated = await evaluateAll(opportunity.id);
    const suspended = await as(lead, "POST", membership(moneyMatters.organisationId), {
      action: "suspend",
      ground: "mandatory-exclusion",
      reason: "Convicted of a mandatory exclusion offence.",
    });
    expect(suspended.status).toBe(200);
    const award = await as(lead, "POST", `/api/opportunities/${opportunity.id}/evaluation/outcome`, {
      decision: "award",
      organisationIds: [moneyMatters.organisationId],
      reason: "Highest total score.",
      version: evaluated.version,
    });
    expect(award.status).toBe(422);
    expect(award.body.detail).toMatch(/cannot bid or be awarded/);
    await reinstate(moneyMatters.organisationId);
  });
});
