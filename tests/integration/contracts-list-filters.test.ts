import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { londonDate } from "#shared/time/index.ts";
import { setClock } from "../support/api.ts";
import { listedContracts, plusDays } from "../support/contracts.ts";
import { as } from "../support/evaluation.ts";
import { runJob } from "../support/jobs.ts";
import { portalNow } from "../support/opportunities.ts";
import { liveContract } from "../support/referrals.ts";

// Contracts of their own provider (Fresh Start) in Wales and London; other files add more to these
// regions, so each check looks for these contracts and never for a whole list.
const commissioner = "user-commissioner-wales";
const provider = "user-provider-fresh-start";
const fresh = { organisationId: "org-fresh-start", organisationName: "Fresh Start" };
const wales = { regionIds: ["wales"], pduIds: ["cardiff-and-vale"] };
type Made = Awaited<ReturnType<typeof liveContract>>;
let endingSoon: Made;
let finance: Made;
let ended: Made;
let london: Made;

const all = listedContracts;
const ids = async (user: string, query: string) => (await all(user, query)).map((c) => c.id);

beforeAll(async () => {
  await setClock({ offsetMs: 0 });
  const today = londonDate(await portalNow());
  endingSoon = await liveContract({ ...wales, ...fresh, endDate: plusDays(today, 60) });
  finance = await liveContract({ ...wales, ...fresh, needAreaId: "finance-benefits-debt" });
  ended = await liveContract({ ...wales, ...fresh, endDate: plusDays(today, 45) });
  london = await liveContract({ ...fresh, endDate: plusDays(today, 50) });
  const terminated = await as(commissioner, "POST", `/api/contracts/${ended.id}/termination`, {
    reason: "no-longer-needed",
    detail: "The service is no longer needed in Cardiff.",
    effectiveDate: plusDays(today, 10),
    completeUntil: plusDays(today, 40),
    termsVersion: 1,
  });
  expect(terminated.status, JSON.stringify(terminated.body)).toBe(200);
}, 60_000);

afterAll(async () => {
  await setClock({ offsetMs: 0 });
});

describe("a commissioner's contracts list, filtered", () => {
  it("by status: a terminated contract leaves the live list at once and shows as terminated", async () => {
    const live = await ids(commissioner, "status=live");
    expect(live).toEqual(expect.arrayContaining([endingSoon.id, finance.id]));
    expect(live).not.toContain(ended.id);
    const terminated = await all(commissioner, "status=terminated");
    expect(terminated.find((c) => c.id === ended.id)).toMatchObject({
      status: "terminated",
      endDate: plusDays(londonDate(await portalNow()), 9),
    });
    expect(terminated.map((c) => c.id)).not.toContain(endingSoon.id);
  });

  it("by need area, alone and with a status", async () => {
    const finances = await ids(commissioner, "needArea=finance-benefits-debt");
    expect(finances).toContain(finance.id);
    expect(finances).not.toContain(endingSoon.id);
    const liveAccommodation = await ids(commissioner, "needArea=accommodation&status=live");
    expect(liveAccommodation).toContain(endingSoon.id);
    expect(liveAccommodation).not.toContain(finance.id);
    expect(liveAccommodation).not.toContain(ended.id);
  });

  it("ending within 90 days, soonest first: the terminated one by its new end date", async () => {
    const ending = await all(commissioner, "ending=within-90-days");
    const found = ending.map((c) => c.id);
    expect(found).toEqual(expect.arrayContaining([endingSoon.id, ended.id]));
    expect(found).not.toContain(finance.id);
    expect(found.indexOf(ended.id)).toBeLessThan(found.indexOf(endingSoon.id));
    const ends = ending.map((c) => c.endDate);
    expect(ends).toEqual([...ends].sort());
    const latestFirst = (await all(commissioner, "order=ending-latest")).map((c) => c.endDate);
    expect(latestFirst).toEqual([...latestFirst].sort().reverse());
  });

  it("never lists another region's contracts", async () => {
    expect(await ids(commissioner, "status=live")).not.toContain(london.id);
    expect((await as(commissioner, "GET", "/api/contracts?region=london")).status).toBe(403);
  });

  it("moves an expired contract to the expired list when the daily job runs", async () => {
    await setClock({ now: `${plusDays(endingSoon.endDate, 1)}T09:00:00.000Z` });
    await runJob("contractExpiry");
    expect(await ids(commissioner, "status=expired")).toContain(endingSoon.id);
    expect(await ids(commissioner, "status=live")).not.toContain(endingSoon.id);
    await setClock({ offsetMs: 0 });
  });
});

describe("a provider's contracts list, filtered", () => {
  it("by region, need area and status, only ever its own", async () => {
    const inWales = await ids(provider, "region=wales");
    expect(inWales).toEqual(expect.arrayContaining([finance.id, ended.id]));
    expect(inWales).not.toContain(london.id);
    expect(await ids(provider, "region=london")).toContain(london.id);
    const finances = await ids(provider, "needArea=finance-benefits-debt&status=live");
    expect(finances).toContain(finance.id);
    expect(finances).not.toContain(ended.id);
    expect(finances).not.toContain(london.id);
    const terminated = await ids(provider, "status=terminated");
    expect(terminated).toContain(ended.id);
    expect(terminated).not.toContain(finance.id);
    expect(await ids("user-provider-bridge", "status=terminated")).not.toContain(ended.id);
  });

  it("refuses a filter it does not know, with a message for a person", async () => {
    const res = await as(provider, "GET", "/api/contracts?status=paused");
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toContain("Choose live, terminated or expired contracts");
  });
});
