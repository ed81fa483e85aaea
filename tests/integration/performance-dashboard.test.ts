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

    await sentReferral("user-officer-camden", contract.interventions[0]!.id);
    await settleJobs();

    const after = await dashboard(helen, { contractId: contract.id });
    expect(after.body.totals.received).toBe(1);
    expect(after.body.capacity[0].used).toBe(1);
    const month = after.body.applied.to;
    expect(after.body.months.find((m: { month: string }) => m.month === month).received).toBe(1);
    // Aggregates only: nothing about the person appears anywhere in the answer.
    expect(JSON.stringify(after.body)).not.toMatch(/X\d{6}|crn|firstName|dateOfBirth/i);

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
