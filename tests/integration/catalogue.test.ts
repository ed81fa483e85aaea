import { describe, expect, it } from "vitest";
import { api, tokenFor } from "../support/api.ts";
import { portalNow } from "../support/opportunities.ts";
import { settleJobs } from "../support/jobs.ts";
import { liveContract, sentReferral } from "../support/referrals.ts";

const search = async (query: string, user = "user-officer-camden") =>
  api("GET", `/api/catalogue?${query}`, { token: await tokenFor(user) });
const idsOf = (body: { items: { id: string }[] }) => body.items.map((i) => i.id);

describe("the referral catalogue", () => {
  it("lists the seeded live interventions for a PDU and need area, lowest tier first, with tier and provider", async () => {
    const res = await search("needArea=accommodation&pdu=camden-and-islington");
    expect(res.status).toBe(200);
    const bridge = res.body.items.filter(
      (i: { contractId: string }) => i.contractId === "contract-bridge-accommodation",
    );
    expect(bridge.map((i: { tierId: string }) => i.tierId)).toEqual(["low", "medium", "high"]);
    expect(bridge[0]).toMatchObject({
      organisationName: "Bridge Housing Trust",
      capacityStatus: expect.any(String),
    });
    const hackney = await search("needArea=accommodation&pdu=hackney-and-city");
    expect(
      hackney.body.items
        .filter((i: { contractId: string }) => i.contractId === "contract-bridge-accommodation")
        .map((i: { tierId: string }) => i.tierId),
    ).toEqual(["low", "medium"]);
    const wales = await search("needArea=employment-training-education&region=wales", "user-officer-cardiff");
    expect(idsOf(wales.body)).toEqual(
      expect.arrayContaining(["contract-pathways-employment-low", "contract-pathways-employment-medium"]),
    );
  });

  it("filters by tier, sex, 18–25 and setting", async () => {
    const contract = await liveContract({
      pduIds: ["lambeth"],
      tiers: [
        { tierId: "low", cohorts: ["women"], settings: ["community"] },
        { tierId: "low", cohorts: ["young-adults"], settings: ["pre-release-custody"] },
        { tierId: "medium", cohorts: [], settings: ["through-the-gate", "community"] },
      ],
    });
    const [womenOnly, young, gate] = contract.interventions.map((i) => i.id);
    const q = (extra: string) =>
      search(`needArea=accommodation&pdu=lambeth${extra}`).then((r) => idsOf(r.body));
    expect((await q("")).sort()).toEqual([womenOnly, young, gate].sort());
    expect(await q("&tier=medium")).toEqual([gate]);
    expect(await q("&sex=female")).toEqual([womenOnly]);
    expect((await q("&sex=male")).sort()).toEqual([young, gate].sort());
    expect(await q("&youngAdults=true")).toEqual([young]);
    expect((await q("&setting=custody")).sort()).toEqual([young, gate].sort());
    expect((await q("&setting=community")).sort()).toEqual([womenOnly, gate].sort());
  });

  it("shows only live interventions: not before the contract starts or after it ends", async () => {
    const now = await portalNow();
    const day = 86_400_000;
    const iso = (d: number) => new Date(now.getTime() + d * day).toISOString().slice(0, 10);
    const future = await liveContract({ pduIds: ["brent"], startDate: iso(10), endDate: iso(400) });
    const ended = await liveContract({ pduIds: ["brent"], startDate: iso(-400), endDate: iso(-2) });
    const live = await liveContract({ pduIds: ["brent"] });
    const found = idsOf((await search("needArea=accommodation&pdu=brent")).body);
    expect(found).toContain(live.interventions[0]!.id);
    expect(found).not.toContain(future.interventions[0]!.id);
    expect(found).not.toContain(ended.interventions[0]!.id);
    const detail = await api("GET", `/api/catalogue/${ended.interventions[0]!.id}`, {
      token: await tokenFor("user-officer-camden"),
    });
    expect(detail.status).toBe(404);
  });

  it("pages results with a cursor", async () => {
    await liveContract({ pduIds: ["newham"], tiers: [{}, {}, {}] });
    const first = await search("needArea=accommodation&pdu=newham&limit=2");
    expect(first.body.items).toHaveLength(2);
    const second = await search(`needArea=accommodation&pdu=newham&limit=2&cursor=${first.body.nextCursor}`);
    expect(second.body.items.length).toBeGreaterThanOrEqual(1);
    expect(idsOf(second.body)).not.toContain(first.body.items[0].id);
  });

  it("signposts the accredited programme for high-complexity attitudes, thinking and behaviour", async () => {
    const res = await search("needArea=attitudes-thinking-behaviour&pdu=camden-and-islington&tier=high");
    expect(res.status).toBe(200);
    expect(res.body.items).toEqual([]);
    expect(res.body.signpost.map((p: { id: string }) => p.id)).toEqual(["thinking-skills-programme"]);
  });

  it("counts referrals this year against capacity", async () => {
    const contract = await liveContract({ pduIds: ["southwark"], tiers: [{ capacityPerYear: 1 }] });
    const id = contract.interventions[0]!.id;
    const before = await api("GET", `/api/catalogue/${id}`, { token: await tokenFor("user-officer-camden") });
    expect(before.body).toMatchObject({ referralsThisYear: 0, capacityStatus: "available" });
    await sentReferral("user-officer-camden", id);
    // Counted from the table's stream, with the dashboards: one count of referrals received everywhere.
    await settleJobs();
    const after = await api("GET", `/api/catalogue/${id}`, { token: await tokenFor("user-officer-camden") });
    expect(after.body).toMatchObject({ referralsThisYear: 1, capacityStatus: "full" });
  });

  it("asks for a need area and a PDU or region, naming the field", async () => {
    const res = await search("pdu=camden-and-islington");
    expect(res.status).toBe(400);
    expect(res.body.errors[0].path).toBe("query.needArea");
    const noPlace = await search("needArea=accommodation");
    expect(noPlace.body.errors[0]).toEqual({
      path: "query.pdu",
      message: "Select a probation delivery unit or a region",
    });
  });
});
