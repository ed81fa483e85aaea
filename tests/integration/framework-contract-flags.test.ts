import { afterAll, describe, expect, it } from "vitest";
import { setClock } from "../support/api.ts";
import { liveContract } from "../support/contracts.ts";
import { as, lead } from "../support/evaluation.ts";
import { settleJobs } from "../support/jobs.ts";
import { emailsWithSubject, notificationsLinkingTo } from "../support/notifications.ts";

const supplier = "org-money-matters";
const membership = `/api/framework/suppliers/${supplier}/membership`;

/** The contract's entry in London's contracts list, as the commissioners' list page reads it. */
const listed = async (contractId: string) => {
  let cursor: string | undefined;
  do {
    const page = await as(
      lead,
      "GET",
      `/api/contracts?region=london&order=newest&limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`,
    );
    expect(page.status, JSON.stringify(page.body)).toBe(200);
    const entry = (page.body.items as { id: string; supplierMembership?: string }[]).find(
      (c) => c.id === contractId,
    );
    if (entry) return entry;
    cursor = page.body.nextCursor;
  } while (cursor);
  throw new Error(`Contract ${contractId} is not in London's list`);
};

afterAll(async () => {
  const current = await as(lead, "GET", membership);
  if (current.body.status === "suspended") {
    await as(lead, "POST", membership, { action: "reinstate", reason: "Test over." });
    await settleJobs();
  }
  await setClock({ offsetMs: 0 });
});

describe("a suspended supplier's live contracts are flagged to commissioners", () => {
  it("flags the contract, in its pages and the contracts list, and tells its region's commissioners once; reinstatement clears the flag", async () => {
    const contract = await liveContract();
    const suspended = await as(lead, "POST", membership, {
      action: "suspend",
      ground: "discretionary-exclusion",
      reason: "Insurance certificate lapsed.",
    });
    expect(suspended.status, JSON.stringify(suspended.body)).toBe(200);
    await settleJobs();

    const flagged = await as(lead, "GET", `/api/contracts/${contract.id}`);
    expect(flagged.status).toBe(200);
    expect(flagged.body.supplierMembership).toBe("suspended");
    expect((await listed(contract.id)).supplierMembership).toBe("suspended");
    // London's commissioner hears of it in the portal and by e-mail, once however often it is delivered.
    const told = await notificationsLinkingTo(lead, `/contracts/${contract.id}`);
    const aboutSuspension = told.filter((n) => /has been suspended from the dynamic market/.test(n.title));
    expect(aboutSuspension).toHaveLength(1);
    expect(aboutSuspension[0]!.body).toContain(contract.reference);
    const subject = `${aboutSuspension[0]!.title} (${contract.reference})`;
    expect(await emailsWithSubject(subject)).toHaveLength(1);
    await settleJobs();
    expect(
      (await notificationsLinkingTo(lead, `/contracts/${contract.id}`)).filter((n) =>
        /has been suspended/.test(n.title),
      ),
    ).toHaveLength(1);

    const lifted = await as(lead, "POST", membership, { action: "reinstate", reason: "New certificate." });
    expect(lifted.status).toBe(200);
    await settleJobs();
    const cleared = await as(lead, "GET", `/api/contracts/${contract.id}`);
    expect(cleared.body.supplierMembership).toBeUndefined();
    expect((await listed(contract.id)).supplierMembership).toBeUndefined();
    expect(
      (await notificationsLinkingTo(lead, `/contracts/${contract.id}`)).some((n) =>
        /suspension from the dynamic market has been lifted/.test(n.title),
      ),
    ).toBe(true);
  });
});
