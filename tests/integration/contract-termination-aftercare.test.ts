import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { londonDate } from "#shared/time/index.ts";
import { setClock } from "../support/api.ts";
import { plusDays } from "../support/contracts.ts";
import { as } from "../support/evaluation.ts";
import { settleJobs } from "../support/jobs.ts";
import { portalNow } from "../support/opportunities.ts";
import { liveContract, officers, sentReferral } from "../support/referrals.ts";

// Wales, so nothing here shows in the London lists and catalogue other files read.
const commissioner = "user-commissioner-wales";
const oldProvider = "user-provider-second-chance";
const newProvider = "user-provider-open-door";
const wales = { regionIds: ["wales"], pduIds: ["cardiff-and-vale"] };
type Made = Awaited<ReturnType<typeof liveContract>>;
let from: Made;
let to: Made;
let referral: { id: string; version: number };
let today: string;

const firstContact = async (user: string, version = referral.version) =>
  as(user, "POST", `/api/referrals/${referral.id}/first-contact`, {
    contactedAt: new Date((await portalNow()).getTime() - 60_000).toISOString(),
    method: "phone",
    version,
  });
const received = async (contractId: string) => {
  const res = await as(commissioner, "GET", `/api/performance/dashboard?contractId=${contractId}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.totals.received as number;
};

beforeAll(async () => {
  await setClock({ offsetMs: 0 });
  today = londonDate(await portalNow());
  from = await liveContract({
    ...wales,
    organisationId: "org-second-chance",
    organisationName: "Second Chance",
    tiers: [{ capacityPerYear: 12 }],
  });
  to = await liveContract({ ...wales, organisationId: "org-open-door", organisationName: "Open Door" });
  const sent = await sentReferral(officers.cardiff, from.interventions[0]!.id);
  referral = sent.referral;
  await settleJobs();
}, 120_000);

afterAll(async () => {
  await setClock({ offsetMs: 0 });
});

describe("capacity and referrals used", () => {
  it("counts the referral sent against its intervention and the contract, for both parties", async () => {
    for (const who of [commissioner, oldProvider]) {
      const res = await as(who, "GET", `/api/contracts/${from.id}/capacity`);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(res.body).toMatchObject({
        year: today.slice(0, 4),
        capacityPerYear: 12,
        used: 1,
        interventions: [{ interventionId: from.interventions[0]!.id, capacityPerYear: 12, used: 1 }],
      });
    }
    for (const who of [newProvider, "user-commissioner-london"])
      expect((await as(who, "GET", `/api/contracts/${from.id}/capacity`)).status, who).toBe(404);
  });
});

describe("the completion date of a terminated contract's referrals", () => {
  it("refuses delivery under the old contract after the date, naming the date and the transfer", async () => {
    const ended = await as(commissioner, "POST", `/api/contracts/${from.id}/termination`, {
      reason: "provider-request",
      detail: "The provider asked to stop.",
      effectiveDate: today,
      completeUntil: plusDays(today, 5),
      termsVersion: 1,
    });
    expect(ended.status, JSON.stringify(ended.body)).toBe(200);
    const open = await as(commissioner, "GET", `/api/contracts/${from.id}/open-referrals`);
    expect(open.body.pastCompleteUntil).toBe(false);

    await setClock({ now: `${plusDays(today, 6)}T10:00:00.000Z` });
    const refused = await firstContact(oldProvider);
    expect(refused.status, JSON.stringify(refused.body)).toBe(422);
    const completeBy = new Date(`${plusDays(today, 5)}T12:00:00Z`).toLocaleDateString("en-GB", {
      day: "numeric",
      month: "long",
      year: "numeric",
    });
    expect(refused.body.detail).toContain(completeBy);
    expect(refused.body.detail).toContain("transfer the referral");
    const flagged = await as(commissioner, "GET", `/api/contracts/${from.id}/open-referrals`);
    expect(flagged.body).toMatchObject({ pastCompleteUntil: true, items: [{ id: referral.id }] });
  });

  it("lets the new provider deliver once the referral is transferred", async () => {
    const moved = await as(
      commissioner,
      "POST",
      `/api/contracts/${from.id}/open-referrals/${referral.id}/transfer`,
      {
        toContractId: to.id,
        version: referral.version,
      },
    );
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    const res = await firstContact(newProvider, moved.body.version);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
  });
});

describe("dashboard counters after a transfer", () => {
  it("follow the referral to its new contract and leave the old one", async () => {
    await settleJobs();
    expect(await received(to.id)).toBe(1);
    expect(await received(from.id)).toBe(0);
  });
});
