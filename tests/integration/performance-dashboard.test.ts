import { describe, expect, it } from "vitest";
import { api, tokenFor } from "../support/api.ts";
import { settleJobs } from "../support/jobs.ts";
import { liveContract, sentReferral } from "../support/referrals.ts";

const dashboard = (token: string, query: Record<string, string>) =>
  api("GET", `/api/performance/dashboard?${new URLSearchParams(query).toString()}`, { token });

describe("performance dashboard", () => {
  it("counts a referral sent through the real stream, for the region's commissioner and the provider only", async () => {
    const contract = await liveContract();
    await settleJobs();
    const helen = await tokenFor("user-commissioner-london");
    const before = await dashboard(helen, { contractId: contract.id });
    expect(before.status, JSON.stringify(before.body)).toBe(200);
    expect(before.body.options.contracts.map((c: { id: string }) => c.id)).toContain(contract.id);
    expect(before.body.totals.received).toBe(0);
    expect(before.body.capacity).toEqual([
      expect.objectContaining({ contractId: contract.id, reference: contract.reference, used: 0 }),
    ]);

    const sent = await sentReferral("user-officer-camden", contract.interventions[0]!.id);
    await settleJobs();

    const after = await dashboard(helen, { contractId: contract.id });
    expect(after.body.totals.received).toBe(1);
    expect(after.body.capacity[0].used).toBe(1);
    const month = after.body.applied.to;
    expect(after.body.months.find((m: { month: string }) => m.month === month).received).toBe(1);
    // Aggregates only: nothing about the person appears anywhere in the answer.
    // (Keys and the person's own values: a random contract reference may well contain the letters "crn".)
    const answer = JSON.stringify(after.body);
    expect(answer).not.toMatch(/"(crn|firstName|lastName|dateOfBirth)"/i);
    const person = sent.answers.person as { crn: string; firstName: string };
    expect(answer).not.toContain(person.crn);
    expect(answer).not.toContain(person.firstName);

    const priya = await tokenFor("user-provider-bridge");
    const own = await dashboard(priya, { contractId: contract.id });
    expect(own.status).toBe(200);
    expect(own.body.totals.received).toBe(1);
    expect(
      own.body.options.contracts.every(
        (c: { organisationId: string }) => c.organisationId === "org-bridge-housing",
      ),
    ).toBe(true);

    const tom = await tokenFor("user-provider-pathways");
    expect((await dashboard(tom, { contractId: contract.id })).status).toBe(404);
    expect((await dashboard(tom, { organisationId: "org-bridge-housing" })).status).toBe(404);
    const rhys = await tokenFor("user-commissioner-wales");
    expect((await dashboard(rhys, { contractId: contract.id })).status).toBe(404);
    expect((await dashboard(rhys, { regionId: "london" })).status).toBe(404);
    const sam = await tokenFor("user-officer-camden");
    expect((await dashboard(sam, {})).status).toBe(403);
  });

  it("shows the seeded activity on Bridge Housing's contract: arrivals, SLA times, endings by reason and outcomes", async () => {
    await settleJobs();
    const helen = await tokenFor("user-commissioner-london");
    const { status, body } = await dashboard(helen, { contractId: "contract-bridge-accommodation" });
    expect(status).toBe(200);
    // Ten seeded referrals (other tests may add more to the same contract).
    expect(body.totals.received).toBeGreaterThanOrEqual(10);
    // Eight of the ten seeded referrals have had first contact.
    expect(body.totals.firstContact.count).toBeGreaterThanOrEqual(8);
    expect(body.totals.firstContact.medianDays).toBeGreaterThanOrEqual(1);
    expect(body.totals.completion.completed).toBeGreaterThanOrEqual(3);
    const reasons = body.withdrawalsByReason.map((r: { reasonId: string }) => r.reasonId);
    expect(reasons).toEqual(expect.arrayContaining(["moved-out-of-area", "not-engaged"]));
    const accommodation = body.outcomesByNeedArea.find(
      (o: { needAreaId: string }) => o.needAreaId === "accommodation",
    );
    expect(accommodation.achieved).toBeGreaterThanOrEqual(3);
    const settled = body.measures.find((m: { id: string }) => m.id === "settled-accommodation-at-end");
    expect(settled.denominator).toBeGreaterThanOrEqual(3);
  });

  it("refuses a range it cannot show, naming the field", async () => {
    const helen = await tokenFor("user-commissioner-london");
    const badMonth = await dashboard(helen, { from: "2026-13" });
    expect(badMonth.status).toBe(400);
    expect(badMonth.body.errors).toEqual([expect.objectContaining({ path: "query.from" })]);
    const backwards = await dashboard(helen, { from: "2026-06", to: "2026-01" });
    expect(backwards.status).toBe(400);
    expect(backwards.body.errors[0].message).toMatch(/start month/);
    const tooLong = await dashboard(helen, { from: "2020-01", to: "2026-01" });
    expect(tooLong.status).toBe(400);
  });
});
