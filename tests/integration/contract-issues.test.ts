import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setClock } from "../support/api.ts";
import { liveContract, moneyMatters, plusDays } from "../support/contracts.ts";
import { as, lead, retireCompetitions } from "../support/evaluation.ts";

type Live = Awaited<ReturnType<typeof liveContract>>;
let contract: Live;
const base = () => `/api/contracts/${contract.id}`;

beforeAll(async () => {
  contract = await liveContract();
}, 120_000);

afterAll(async () => {
  await retireCompetitions();
});

const report = (changeId?: string) => ({
  title: "Hackney referrals moved without notice",
  firstRaisedOn: contract.startDate,
  description: "Twelve people in Hackney lost their adviser when the delivery unit was removed.",
  implications: "People mid-way through debt plans have no adviser.",
  severity: "high",
  urgency: "high",
  currentCostPence: 120_000,
  potentialCostPence: 900_000,
  workUnderWay: "Advisers are calling each person to arrange a handover.",
  ...(changeId ? { changeId } : {}),
});

describe("issue resolution", () => {
  it("refuses an incomplete report field by field", async () => {
    const res = await as(moneyMatters, "POST", `${base()}/issues`, {
      ...report(),
      severity: "dire",
      description: "",
    });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { path: string }) => e.path)).toEqual(
      expect.arrayContaining(["severity", "description"]),
    );
  });

  it("raised against a mandatory change, flagged overdue unshared, then shared, commented, escalated and decided", async () => {
    const change = await as(lead, "POST", `${base()}/changes`, {
      kind: "mandatory",
      terms: { pduIds: ["camden-and-islington"] },
      reason: "The delivery unit map changes.",
    });
    expect(change.status, JSON.stringify(change.body)).toBe(201);
    const raised = await as(moneyMatters, "POST", `${base()}/issues`, report(change.body.id));
    expect(raised.status, JSON.stringify(raised.body)).toBe(201);
    expect(raised.body).toMatchObject({ status: "raised", level: "contract-managers", overdue: false });
    const open = await as(lead, "GET", "/api/contract-issues");
    expect(open.body.items.map((i: { id: string }) => i.id)).toContain(raised.body.id);

    // Three weeks on, more than 10 working days: unshared, it is overdue — and a new issue against the change is too late.
    await setClock({ now: `${plusDays(contract.startDate, 21)}T10:00:00.000Z` });
    const listed = await as(lead, "GET", `${base()}/issues`);
    expect(listed.body.items[0].overdue).toBe(true);
    const late = await as(moneyMatters, "POST", `${base()}/issues`, report(change.body.id));
    expect(late.status).toBe(422);

    const id = raised.body.id;
    const step = (user: string, body: Record<string, unknown>) =>
      as(user, "POST", `${base()}/issues/${id}/steps`, body);
    expect((await step(lead, { step: "share", version: 1 })).status).toBe(403);
    const shared = await step(moneyMatters, { step: "share", version: 1 });
    expect(shared.body).toMatchObject({ status: "shared", overdue: false });
    const commented = await step(lead, {
      step: "comment",
      text: "We will fund a handover session.",
      version: 2,
    });
    expect(commented.status).toBe(200);
    expect((await step(moneyMatters, { step: "decide", text: "Resolved", version: 3 })).status).toBe(403);
    const toCommittee = await step(moneyMatters, {
      step: "escalate",
      text: "The handover is not enough.",
      version: 3,
    });
    expect(toCommittee.body.level).toBe("sub-committee");
    const toExecutive = await step(lead, { step: "escalate", text: "Needs a budget decision.", version: 4 });
    expect(toExecutive.body.level).toBe("executive");
    expect((await step(lead, { step: "escalate", text: "Again", version: 5 })).status).toBe(422);
    const stale = await step(lead, { step: "decide", text: "Old version", version: 4 });
    expect(stale.status).toBe(409);
    const decided = await step(lead, {
      step: "decide",
      text: "Final and binding: the authority pays for handover sessions.",
      version: 5,
    });
    expect(decided.body).toMatchObject({ status: "resolved" });
    expect(
      decided.body.decisions.map((d: { level: string; outcome: string }) => `${d.level}:${d.outcome}`),
    ).toEqual(["contract-managers:escalated", "sub-committee:escalated", "executive:resolved"]);
    const openAfter = await as(moneyMatters, "GET", "/api/contract-issues");
    expect(openAfter.body.items.map((i: { id: string }) => i.id)).not.toContain(id);
  });

  it("is not there for another provider or another region's commissioner", async () => {
    for (const user of ["user-provider-bridge", "user-commissioner-wales"]) {
      expect((await as(user, "GET", `${base()}/issues`)).status).toBe(404);
      expect((await as(user, "POST", `${base()}/issues`, report())).status).toBe(404);
    }
  });
});

describe("termination", () => {
  it("takes the interventions out of the catalogue from the effective date, not before", async () => {
    const current = (await as(lead, "GET", base())).body;
    const effective = plusDays(current.termsEffectiveFrom ?? current.startDate, 30);
    expect(
      (
        await as(moneyMatters, "POST", `${base()}/termination`, {
          reason: "provider-request",
          detail: "x",
          effectiveDate: effective,
          completeUntil: effective,
          termsVersion: current.termsVersion ?? 1,
        })
      ).status,
    ).toBe(403);
    const bad = await as(lead, "POST", `${base()}/termination`, {
      reason: "bored",
      detail: "",
      effectiveDate: "2020-01-01",
      completeUntil: "nope",
      termsVersion: current.termsVersion ?? 1,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { path: string }) => e.path)).toEqual(
      expect.arrayContaining(["reason", "detail", "completeUntil"]),
    );
    const terminated = await as(lead, "POST", `${base()}/termination`, {
      reason: "no-longer-needed",
      detail: "The service moves into the regional outcome fund.",
      effectiveDate: effective,
      completeUntil: plusDays(effective, 60),
      termsVersion: current.termsVersion ?? 1,
    });
    expect(terminated.status, JSON.stringify(terminated.body)).toBe(200);
    expect(terminated.body.status).toBe("terminated");
    const search = () =>
      as(
        "user-officer-camden",
        "GET",
        "/api/catalogue?needArea=finance-benefits-debt&pdu=camden-and-islington&limit=100",
      );
    expect((await search()).body.items.map((i: { contractId: string }) => i.contractId)).toContain(
      contract.id,
    );
    await setClock({ now: `${effective}T09:00:00.000Z` });
    expect((await search()).body.items.map((i: { contractId: string }) => i.contractId)).not.toContain(
      contract.id,
    );
    const again = await as(lead, "POST", `${base()}/changes`, {
      kind: "mandatory",
      terms: { serviceDescription: "Too late." },
      reason: "Too late.",
    });
    expect(again.status).toBe(422);
  });
});
