import { beforeAll, describe, expect, it } from "vitest";
import { londonDate } from "#shared/time/index.ts";
import { plusDays } from "../support/contracts.ts";
import { as } from "../support/evaluation.ts";
import { emailsWithSubject, notificationsLinkingTo } from "../support/notifications.ts";
import { portalNow } from "../support/opportunities.ts";
import { liveContract, officers, sentReferral } from "../support/referrals.ts";

// Wales, so nothing here shows in the London catalogue other files search.
const commissioner = "user-commissioner-wales";
const oldProvider = "user-provider-bridge";
const newProvider = "user-provider-open-door";
const wales = { regionIds: ["wales"], pduIds: ["cardiff-and-vale"] };
type Made = Awaited<ReturnType<typeof liveContract>>;
let from: Made;
let to: Made;
let otherNeed: Made;
let otherUnit: Made;
let referral: { id: string; reference: string; version: number };

const openReferrals = (userId: string) => as(userId, "GET", `/api/contracts/${from.id}/open-referrals`);
/** The commissioner moves a referral of an ended contract to another contract. */
const transferOf = (fromId: string, referralId: string, toContractId: string, version: number) =>
  as(commissioner, "POST", `/api/contracts/${fromId}/open-referrals/${referralId}/transfer`, {
    toContractId,
    version,
  });
const transfer = (toContractId: string, version = referral.version) =>
  transferOf(from.id, referral.id, toContractId, version);

/** Helen's counterpart in Wales ends the contract today, leaving its referrals 30 days to move. */
const terminate = async (contractId: string) => {
  const today = londonDate(await portalNow());
  const ended = await as(commissioner, "POST", `/api/contracts/${contractId}/termination`, {
    reason: "breach",
    detail: "Repeated missed first contacts.",
    effectiveDate: today,
    completeUntil: plusDays(today, 30),
    termsVersion: 1,
  });
  expect(ended.status, JSON.stringify(ended.body)).toBe(200);
  return today;
};

beforeAll(async () => {
  from = await liveContract(wales);
  to = await liveContract({ ...wales, organisationId: "org-open-door", organisationName: "Open Door" });
  otherNeed = await liveContract({
    ...wales,
    needAreaId: "finance-benefits-debt",
    organisationId: "org-fresh-start",
    organisationName: "Fresh Start",
  });
  otherUnit = await liveContract({
    regionIds: ["wales"],
    pduIds: ["swansea-neath-bridgend-rct-and-merthyr"],
    organisationId: "org-fresh-start",
    organisationName: "Fresh Start",
  });
  const sent = await sentReferral(officers.cardiff, from.interventions[0]!.id);
  const note = await as(oldProvider, "POST", `/api/referrals/${sent.referral.id}/notes`, {
    text: "First call booked for Tuesday.",
  });
  expect(note.status, JSON.stringify(note.body)).toBe(201);
  const fresh = await as(oldProvider, "GET", `/api/referrals/${sent.referral.id}`);
  referral = fresh.body;
}, 120_000);

describe("open referrals of a terminated contract", () => {
  it("stay with a live contract: no transfer before termination", async () => {
    const res = await transfer(to.id);
    expect(res.status, JSON.stringify(res.body)).toBe(422);
  });

  it("are listed for the commissioner, the provider and the referral's officer, with where they may go", async () => {
    const today = await terminate(from.id);

    const seen = await openReferrals(commissioner);
    expect(seen.status, JSON.stringify(seen.body)).toBe(200);
    expect(seen.body.completeUntil).toBe(plusDays(today, 30));
    expect(seen.body.items.map((r: { id: string }) => r.id)).toEqual([referral.id]);
    const targets = seen.body.targets.map((t: { id: string }) => t.id);
    expect(targets).toContain(to.id);
    expect(targets).not.toContain(otherNeed.id);
    expect(targets).not.toContain(from.id);

    for (const who of [oldProvider, officers.cardiff]) {
      const res = await openReferrals(who);
      expect(res.status, who).toBe(200);
      expect(res.body.items.map((r: { id: string }) => r.id)).toEqual([referral.id]);
      expect(res.body.targets).toEqual([]);
    }
    for (const who of [newProvider, "user-commissioner-london", officers.camden])
      expect((await openReferrals(who)).status, who).toBe(404);
  });

  it("refuses a contract for another need area or delivery unit", async () => {
    for (const target of [otherNeed, otherUnit]) {
      const res = await transfer(target.id);
      expect(res.status, JSON.stringify(res.body)).toBe(422);
    }
    expect((await as(oldProvider, "GET", `/api/referrals/${referral.id}`)).status).toBe(200);
  });

  it("moves the referral once when two transfers race, keeping its id, timeline and case notes", async () => {
    const before = await as(officers.cardiff, "GET", `/api/referrals/${referral.id}/timeline?limit=100`);
    const statuses = (await Promise.all([transfer(to.id), transfer(to.id)])).map((r) => r.status);
    expect(statuses.sort()).toEqual([200, 409]);

    const moved = await as(newProvider, "GET", `/api/referrals/${referral.id}`);
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    expect(moved.body).toMatchObject({
      id: referral.id,
      reference: referral.reference,
      contractId: to.id,
      organisationId: "org-open-door",
      interventionId: to.interventions[0]!.id,
    });
    expect((await as(oldProvider, "GET", `/api/referrals/${referral.id}`)).status).toBe(404);
    const notes = await as(newProvider, "GET", `/api/referrals/${referral.id}/notes`);
    expect(notes.body.items.map((n: { text: string }) => n.text)).toEqual(["First call booked for Tuesday."]);
    const after = await as(officers.cardiff, "GET", `/api/referrals/${referral.id}/timeline?limit=100`);
    expect(after.body.items.length).toBe(before.body.items.length + 1);
    expect(after.body.items.at(-1)).toMatchObject({ action: "referral-transferred" });
    expect((await openReferrals(commissioner)).body.items).toEqual([]);
    const history = await as(commissioner, "GET", `/api/contracts/${to.id}/history`);
    expect(history.body.items.map((e: { action: string }) => e.action)).toContain("referral-transferred-in");
  });

  it("tells both providers and the officer, in the app and by e-mail", async () => {
    const label = referral.reference;
    expect(await notificationsLinkingTo(oldProvider, `/contracts/${from.id}/referrals`)).toHaveLength(1);
    expect(await notificationsLinkingTo(newProvider, `/provider/referrals/${referral.id}`)).toHaveLength(1);
    const officerSees = await notificationsLinkingTo(officers.cardiff, `/referrals/${referral.id}`);
    expect(officerSees.filter((n) => n.title === `Referral ${label} moved to Open Door`)).toHaveLength(1);
    expect(await emailsWithSubject(`Referral ${label} moved to Open Door (${from.reference})`)).toHaveLength(
      1,
    );
    expect(await emailsWithSubject(`Referral ${label} transferred to you (${to.reference})`)).toHaveLength(1);
    expect(await emailsWithSubject(`Referral ${label} moved to Open Door`)).toHaveLength(1);
  });
});

describe("a transfer between two contracts of the same provider", () => {
  it("moves the referral and tells the provider once, that it is theirs under the other contract", async () => {
    const ending = await liveContract(wales);
    const staying = await liveContract(wales);
    const { referral: sent } = await sentReferral(officers.cardiff, ending.interventions[0]!.id);
    await terminate(ending.id);
    const res = await transferOf(ending.id, sent.id, staying.id, sent.version);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ id: sent.id, contractId: staying.id });
    const told = await notificationsLinkingTo(oldProvider, `/provider/referrals/${sent.id}`);
    expect(told.filter((n) => n.title === `Referral ${sent.reference} transferred to you`)).toHaveLength(1);
    expect(await notificationsLinkingTo(oldProvider, `/contracts/${ending.id}/referrals`)).toEqual([]);
  });
});
