import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setClock } from "../support/api.ts";
import { liveContract, moneyMatters, plusDays } from "../support/contracts.ts";
import { as, lead, retireCompetitions } from "../support/evaluation.ts";
import { runJob } from "../support/jobs.ts";

type Live = Awaited<ReturnType<typeof liveContract>>;
let contract: Live;
const base = () => `/api/contracts/${contract.id}`;
const today = () => `${contract.startDate}`;

beforeAll(async () => {
  contract = await liveContract();
}, 120_000);

afterAll(async () => {
  await retireCompetitions();
});

const intervention = async (id: string) =>
  (await as("user-officer-camden", "GET", `/api/interventions/${id}`)).body;

describe("a Notice of Change", () => {
  it("is refused field by field when the terms break the contract's rules", async () => {
    const res = await as(moneyMatters, "POST", `${base()}/changes`, {
      kind: "discretionary",
      terms: {
        tiers: [{ interventionId: "not-a-tier", capacityPerYear: 0 }],
        pduIds: ["cardiff-and-vale"],
        endDate: "2040-01-01",
      },
      reason: "",
      effectiveDate: "2020-01-01",
    });
    expect(res.status).toBe(400);
    const paths = res.body.errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(["terms.tiers.0.capacityPerYear", "reason"]));
    const rules = await as(moneyMatters, "POST", `${base()}/changes`, {
      kind: "discretionary",
      terms: {
        tiers: [{ interventionId: "not-a-tier" }],
        pduIds: ["cardiff-and-vale"],
        endDate: "2040-01-01",
      },
      reason: "Demand is higher than forecast.",
      effectiveDate: "2020-01-01",
    });
    expect(rules.status).toBe(400);
    expect(rules.body.errors.map((e: { path: string }) => e.path)).toEqual(
      expect.arrayContaining([
        "terms.tiers.0.interventionId",
        "terms.pduIds.0",
        "terms.endDate",
        "effectiveDate",
      ]),
    );
  });

  it("proposed by the provider and agreed as modified, changes the catalogue only from its date; earlier terms stay readable", async () => {
    const [low] = contract.interventions;
    const effective = plusDays(today(), 10);
    const proposed = await as(moneyMatters, "POST", `${base()}/changes`, {
      kind: "discretionary",
      terms: { tiers: [{ interventionId: low!.id, capacityPerYear: 400, pricePerReferralPence: 60_000 }] },
      reason: "Demand is higher than forecast.",
      businessCase: "Two more advisers cover the extra referrals.",
      effectiveDate: effective,
    });
    expect(proposed.status, JSON.stringify(proposed.body)).toBe(201);
    expect(proposed.body).toMatchObject({ number: 1, status: "proposed" });
    // The provider cannot decide its own proposal; the commissioner asks, the provider clarifies.
    const providerDecides = await as(moneyMatters, "POST", `${base()}/changes/${proposed.body.id}/decision`, {
      outcome: "as-proposed",
      reason: "Agreed",
      version: 1,
    });
    expect(providerDecides.status).toBe(403);
    const asked = await as(lead, "POST", `${base()}/changes/${proposed.body.id}/responses`, {
      kind: "clarification-request",
      text: "How many of the extra referrals are from Hackney?",
      version: 1,
    });
    expect(asked.status).toBe(200);
    const clarified = await as(moneyMatters, "POST", `${base()}/changes/${proposed.body.id}/responses`, {
      kind: "clarification",
      text: "About half.",
      version: asked.body.version,
    });
    expect(clarified.status).toBe(200);
    const decided = await as(lead, "POST", `${base()}/changes/${proposed.body.id}/decision`, {
      outcome: "as-modified",
      reason: "Agreed at a lower price per referral.",
      terms: { tiers: [{ interventionId: low!.id, capacityPerYear: 350, pricePerReferralPence: 55_000 }] },
      version: clarified.body.version,
    });
    expect(decided.status, JSON.stringify(decided.body)).toBe(200);
    expect(decided.body.status).toBe("agreed");
    expect(decided.body.notice).toMatchObject({
      effectiveDate: effective,
      annualValueDeltaPence: 350 * 55_000 - low!.capacityPerYear * low!.pricePerReferralPence,
      changes: expect.arrayContaining([
        { field: "low.capacity", from: String(low!.capacityPerYear), to: "350" },
      ]),
    });

    // Before its date, officers still see the awarded capacity and price.
    await runJob("contractChangesDue");
    expect(await intervention(low!.id)).toMatchObject({ capacityPerYear: low!.capacityPerYear });

    await setClock({ now: `${effective}T09:00:00.000Z` });
    await runJob("contractChangesDue");
    expect(await intervention(low!.id)).toMatchObject({
      capacityPerYear: 350,
      pricePerReferralPence: 55_000,
    });
    const terms = await as(moneyMatters, "GET", `${base()}/terms?asAt=${plusDays(today(), 1)}`);
    expect(terms.status).toBe(200);
    expect(terms.body.versions).toHaveLength(2);
    // A referral sent the day after the start was sent under the awarded price, whatever changed later.
    expect(
      terms.body.asAt.tiers.find((t: { interventionId: string }) => t.interventionId === low!.id),
    ).toMatchObject({
      pricePerReferralPence: low!.pricePerReferralPence,
    });
    const register = await as(lead, "GET", `${base()}/changes`);
    expect(register.body.items[0]).toMatchObject({ number: 1, status: "applied" });
    const history = await as(moneyMatters, "GET", `${base()}/history`);
    expect(history.body.items.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining([
        "contract-change-proposed",
        "contract-change-clarification-request",
        "contract-change-decided",
        "contract-change-applied",
      ]),
    );
  });

  it("decided twice at once: one decision wins, the other is told someone else got there first", async () => {
    const proposed = await as(lead, "POST", `${base()}/changes`, {
      kind: "discretionary",
      terms: { serviceDescription: "Money advice, now including energy debt." },
      reason: "Energy debt is the commonest new need.",
      effectiveDate: plusDays(today(), 40),
    });
    expect(proposed.status).toBe(201);
    const decide = (outcome: string) =>
      as(lead, "POST", `${base()}/changes/${proposed.body.id}/decision`, {
        outcome,
        reason: "Decided at the contract meeting.",
        version: proposed.body.version,
      });
    const results = await Promise.all([decide("as-proposed"), decide("no-change")]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
  });

  it("mandatory: only a commissioner issues it; on notification it applies at once", async () => {
    const [low] = contract.interventions;
    const refused = await as(moneyMatters, "POST", `${base()}/changes`, {
      kind: "mandatory",
      terms: { pduIds: ["camden-and-islington"] },
      reason: "Not ours to mandate.",
    });
    expect(refused.status).toBe(403);
    const issued = await as(lead, "POST", `${base()}/changes`, {
      kind: "mandatory",
      terms: { pduIds: ["camden-and-islington"] },
      reason: "Hackney moves to another provider under the new probation delivery unit map.",
    });
    expect(issued.status, JSON.stringify(issued.body)).toBe(201);
    expect(issued.body.status).toBe("applied");
    expect((await intervention(low!.id)).pduIds).toEqual(["camden-and-islington"]);
    const hackney = await as(
      "user-officer-hackney",
      "GET",
      "/api/catalogue?needArea=finance-benefits-debt&pdu=hackney-and-city&limit=100",
    );
    expect(hackney.body.items.map((i: { contractId: string }) => i.contractId)).not.toContain(contract.id);
  });

  it("is not there for another provider or another region's commissioner", async () => {
    for (const user of ["user-provider-bridge", "user-commissioner-wales"]) {
      expect((await as(user, "GET", `${base()}/changes`)).status).toBe(404);
      expect((await as(user, "GET", `${base()}/terms`)).status).toBe(404);
      expect((await as(user, "GET", `${base()}/history`)).status).toBe(404);
      const proposed = await as(user, "POST", `${base()}/changes`, {
        kind: "discretionary",
        terms: { serviceDescription: "Not theirs." },
        reason: "Not theirs.",
        effectiveDate: plusDays(today(), 40),
      });
      expect(proposed.status).toBe(404);
    }
  });
});
