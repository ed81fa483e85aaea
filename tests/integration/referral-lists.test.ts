import { describe, expect, it } from "vitest";
import { api, tokenFor } from "../support/api.ts";
import { partition, sentReferral, startDraft } from "../support/referrals.ts";
import { auditKeys } from "#functions/platform/data/audit.ts";

type Summary = { id: string; status: string; caseworkerName?: string };
const ids = (body: { items: Summary[] }) => body.items.map((r) => r.id);

describe("referral lists", () => {
  it("files the provider's referrals under new, my cases and all open, and audits the list read", async () => {
    const { referral } = await sentReferral();
    const priya = await tokenFor("user-provider-bridge");
    const tab = (name: string) => api("GET", `/api/referrals/inbox?tab=${name}&limit=100`, { token: priya });
    expect(ids((await tab("unassigned")).body)).toContain(referral.id);
    expect(ids((await tab("open")).body)).toContain(referral.id);
    expect(ids((await tab("mine")).body)).not.toContain(referral.id);
    const assigned = await api("POST", `/api/referrals/${referral.id}/assign`, {
      token: priya,
      body: { caseworkerId: "user-provider-bridge", version: referral.version },
    });
    expect(assigned.status).toBe(200);
    expect(ids((await tab("unassigned")).body)).not.toContain(referral.id);
    const mine = (await tab("mine")).body;
    expect(ids(mine)).toContain(referral.id);
    expect(mine.items.find((r: Summary) => r.id === referral.id).caseworkerName).toBe("Priya Shah");
    const trail = await partition(auditKeys.trail("referral-list", "user-provider-bridge"));
    expect(trail.some((e) => String(e.details?.referralIds ?? "").includes(referral.id))).toBe(true);
    // Another provider's inbox never holds it.
    const tom = await tokenFor("user-provider-pathways");
    const theirs = await api("GET", "/api/referrals/inbox?tab=open&limit=100", { token: tom });
    expect(ids(theirs.body)).not.toContain(referral.id);
  });

  it("moves withdrawn referrals to the withdrawn tab and the officer's cancelled tab", async () => {
    const { referral, token: sam } = await sentReferral();
    await api("POST", `/api/referrals/${referral.id}/withdraw`, {
      token: sam,
      body: { reasonId: "needs-met-elsewhere", version: referral.version },
    });
    const priya = await tokenFor("user-provider-bridge");
    const withdrawn = await api("GET", "/api/referrals/inbox?tab=withdrawn&limit=100", { token: priya });
    expect(ids(withdrawn.body)).toContain(referral.id);
    const open = await api("GET", "/api/referrals/inbox?tab=open&limit=100", { token: priya });
    expect(ids(open.body)).not.toContain(referral.id);
    const officerWithdrawn = await api("GET", "/api/referrals?tab=cancelled&limit=100", { token: sam });
    expect(ids(officerWithdrawn.body)).toContain(referral.id);
  });

  it("finds referrals by reference, CRN or the start of a name, within the organisation or PDU", async () => {
    const { referral, answers } = await sentReferral();
    const priya = await tokenFor("user-provider-bridge");
    const search = (q: string, token = priya, path = "/api/referrals/inbox") =>
      api("GET", `${path}?q=${encodeURIComponent(q)}`, { token });
    const last = answers.person.lastName;
    for (const q of [
      referral.reference.toLowerCase(),
      answers.person.crn,
      last.slice(0, 9),
      `alex ${last}`,
      `${last} al`,
    ]) {
      const res = await search(q);
      expect(res.status, q).toBe(200);
      expect(ids(res.body), q).toContain(referral.id);
    }
    const tom = await tokenFor("user-provider-pathways");
    expect(ids((await search(referral.reference, tom)).body)).toEqual([]);
    // Officers search their PDU's referrals.
    const jo = await tokenFor("user-officer-hackney");
    expect(ids((await search(last, jo, "/api/referrals")).body)).toEqual([]);
    const sam = await tokenFor("user-officer-camden");
    expect(ids((await search(last, sam, "/api/referrals")).body)).toEqual([referral.id]);
    expect((await search("x")).status).toBe(400);
  });

  it("sorts the inbox newest or oldest first and pages it with a cursor", async () => {
    const first = await sentReferral();
    const second = await sentReferral();
    const priya = await tokenFor("user-provider-bridge");
    const newest = await api("GET", "/api/referrals/inbox?tab=open&sort=newest&limit=100", { token: priya });
    const order = ids(newest.body);
    expect(order.indexOf(second.referral.id)).toBeLessThan(order.indexOf(first.referral.id));
    const page1 = await api("GET", "/api/referrals/inbox?tab=open&sort=oldest&limit=1", { token: priya });
    expect(page1.body.items).toHaveLength(1);
    expect(page1.body.nextCursor).toEqual(expect.any(String));
    const page2 = await api(
      "GET",
      `/api/referrals/inbox?tab=open&sort=oldest&limit=1&cursor=${page1.body.nextCursor}`,
      { token: priya },
    );
    expect(page2.body.items).toHaveLength(1);
    expect(page2.body.items[0].id).not.toBe(page1.body.items[0].id);
    const forged = await api("GET", "/api/referrals/inbox?tab=open&cursor=bm9wZQ", { token: priya });
    expect(forged.status).toBe(400);
  });

  it("lists an officer's drafts and sent referrals separately", async () => {
    const { token, draft } = await startDraft("user-officer-camden");
    const drafts = await api("GET", "/api/referrals?tab=drafts&limit=100", { token });
    expect(ids(drafts.body)).toContain(draft.id);
    const sent = await api("GET", "/api/referrals?tab=unassigned&limit=100", { token });
    expect(ids(sent.body)).not.toContain(draft.id);
  });
});
