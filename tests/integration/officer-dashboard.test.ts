import { afterEach, describe, expect, it } from "vitest";
import { allItems, api, setClock, tokenFor } from "../support/api.ts";
import { referralInDelivery } from "../support/delivery.ts";
import { officers, sentReferral, startDraft } from "../support/referrals.ts";

type Row = { id: string; approvalDueAt?: string; approvalOverdue?: boolean };
const nia = "user-officer-camden-2";
const tabs = ["unassigned", "open", "plans", "completed", "cancelled", "drafts"] as const;

/** The ids of every page of one dashboard tab, as the officer would see them by following "Next". */
const tabRows = async (token: string, tab: string, scope = "mine", sort = "newest") =>
  (await allItems(`/api/referrals?tab=${tab}&scope=${scope}&sort=${sort}&limit=100`, token)) as Row[];
const tabIds = async (token: string, tab: string, scope = "mine", sort = "newest") =>
  (await tabRows(token, tab, scope, sort)).map((r) => r.id);

/** The tabs (officer's own and their PDU's) a referral is listed under for this officer. */
const tabsOf = async (token: string, id: string, scope = "mine") => {
  const found: string[] = [];
  for (const tab of tabs) if ((await tabIds(token, tab, scope)).includes(id)) found.push(tab);
  return found;
};

describe("the officers' dashboard (issue 17 item 6)", () => {
  afterEach(() => setClock({ offsetMs: 0 }));

  it("moves a referral from tab to tab as it is sent, assigned, planned, approved and completed", async () => {
    const { token: sam, draft } = await startDraft();
    expect(await tabsOf(sam, draft.id)).toEqual(["drafts"]);
    // A colleague of the same PDU never sees the officer's drafts.
    const niaToken = await tokenFor(nia);
    expect(await tabIds(niaToken, "drafts", "pdu")).not.toContain(draft.id);

    const d = await referralInDelivery();
    const id = d.referral.id;
    expect(await tabsOf(d.token, id)).toEqual(["unassigned"]);
    expect(await tabsOf(niaToken, id, "pdu")).toEqual(["unassigned"]);
    await d.provider("assign", { caseworkerId: "user-provider-bridge" });
    expect(await tabsOf(d.token, id)).toEqual(["open"]);
    await d.assessed();
    await d.provider("action-plan", { activities: ["Talk to the landlord"], sessions: 2 });
    expect(await tabsOf(d.token, id)).toEqual(["plans"]);
    expect(await tabsOf(niaToken, id, "pdu")).toEqual(["plans"]);
    const waiting = (await tabRows(d.token, "plans")).find((r) => r.id === id)!;
    expect(waiting).toMatchObject({ approvalDueAt: expect.any(String), approvalOverdue: false });
    await d.officer("action-plan/review", { planVersion: 1, decision: "approve" });
    expect(await tabsOf(d.token, id)).toEqual(["open"]);

    const outcomes = (d.answers.intervention.desiredOutcomes as string[]).map((outcome) => ({
      outcome,
      achievement: "achieved",
      progress: "Kept the tenancy.",
    }));
    await d.provider("end-of-service-report", { outcomes, furtherWork: "None." });
    await d.provider("complete", {});
    expect(await tabsOf(d.token, id)).toEqual(["completed"]);
    expect(await tabsOf(niaToken, id, "pdu")).toEqual(["completed"]);
  }, 300_000);

  it("lists a withdrawn referral under cancelled, for the officer and their PDU", async () => {
    const { referral, token: sam } = await sentReferral();
    const res = await api("POST", `/api/referrals/${referral.id}/withdraw`, {
      token: sam,
      body: { reasonId: "needs-met-elsewhere", version: referral.version },
    });
    expect(res.status).toBe(200);
    expect(await tabsOf(sam, referral.id)).toEqual(["cancelled"]);
    expect(await tabsOf(await tokenFor(nia), referral.id, "pdu")).toEqual(["cancelled"]);
  });

  it("shows 'my PDU's' to colleagues of the PDU only, and 'my referrals' to the officer only", async () => {
    const { referral } = await sentReferral();
    const niaToken = await tokenFor(nia);
    expect(await tabIds(niaToken, "unassigned")).not.toContain(referral.id);
    expect(await tabIds(niaToken, "unassigned", "pdu")).toContain(referral.id);
    const jo = await tokenFor(officers.hackney);
    expect(await tabIds(jo, "unassigned", "pdu")).not.toContain(referral.id);
    for (const tab of tabs)
      expect((await tabRows(jo, tab, "pdu")).filter((r) => r.id === referral.id)).toEqual([]);
  });

  it("flags a plan waiting more than 5 working days for approval as overdue", async () => {
    const d = await referralInDelivery();
    await d.assessed();
    await d.provider("action-plan", { activities: ["Talk to the landlord"], sessions: 2 });
    // Signed in afresh after the clock moves, as a token from before it would have expired.
    const approvals = async (query: string) =>
      allItems(
        `/api/referrals/inbox?tab=open&approval=true${query}&limit=100`,
        await tokenFor("user-provider-bridge"),
      );
    expect((await approvals("")).map((r) => r.id)).toContain(d.referral.id);
    expect((await approvals("&overdue=true")).map((r) => r.id)).not.toContain(d.referral.id);
    await setClock({ offsetMs: 10 * 86_400_000 });
    const late = (await tabRows(await tokenFor(officers.camden), "plans")).find(
      (r) => r.id === d.referral.id,
    );
    expect(late?.approvalOverdue).toBe(true);
    expect((await approvals("&overdue=true")).map((r) => r.id)).toContain(d.referral.id);
    await setClock({ offsetMs: 0 });
    await d.officer("action-plan/review", { planVersion: 1, decision: "approve" });
    expect((await approvals("")).map((r) => r.id)).not.toContain(d.referral.id);
  }, 120_000);

  it("sorts newest or oldest change first, pages with a cursor and refuses a cursor of another list", async () => {
    const first = await sentReferral();
    const second = await sentReferral();
    const sam = first.token;
    const newest = await tabIds(sam, "unassigned", "mine", "newest");
    expect(newest.indexOf(second.referral.id)).toBeLessThan(newest.indexOf(first.referral.id));
    const oldest = await tabIds(sam, "unassigned", "mine", "oldest");
    expect(oldest.indexOf(first.referral.id)).toBeLessThan(oldest.indexOf(second.referral.id));

    const page1 = await api("GET", "/api/referrals?tab=unassigned&limit=1", { token: sam });
    expect(page1.body.items).toHaveLength(1);
    expect(page1.body.items[0].id).toBe(newest[0]);
    const page2 = await api("GET", `/api/referrals?tab=unassigned&limit=1&cursor=${page1.body.nextCursor}`, {
      token: sam,
    });
    expect(page2.body.items[0].id).toBe(newest[1]);
    // A cursor belongs to its list: the PDU's tab, or a forged one, is refused with a message.
    const elsewhere = await api(
      "GET",
      `/api/referrals?tab=unassigned&scope=pdu&limit=1&cursor=${page1.body.nextCursor}`,
      { token: sam },
    );
    expect(elsewhere.status).toBe(400);
    const forged = await api("GET", "/api/referrals?tab=unassigned&cursor=bm9wZQ", { token: sam });
    expect(forged.status).toBe(400);
    const badTab = await api("GET", "/api/referrals?tab=everything", { token: sam });
    expect(badTab.status).toBe(400);
    expect(badTab.body.errors).toEqual([
      {
        path: "query.tab",
        message: "Select unassigned, open, plans to approve, completed, cancelled or draft referrals",
      },
    ]);
  });
});
