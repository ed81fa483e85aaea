import { afterEach, describe, expect, it } from "vitest";
import { api, setClock, tokenFor } from "../support/api.ts";
import { runJob, settleJobs } from "../support/jobs.ts";
import { emailsWithSubject, notificationsLinkingTo } from "../support/notifications.ts";
import { officers, sentReferral, startDraft } from "../support/referrals.ts";

const dayMs = 86_400_000;

describe("the warning 7 days before a draft referral is removed (issue 17 item 6)", () => {
  afterEach(() => setClock({ offsetMs: 0 }));

  it("warns the officer once, in the portal and by e-mail, linking to the draft; a sent referral is not warned", async () => {
    const { draft } = await startDraft();
    const { referral: sent } = await sentReferral();
    await settleJobs();
    const title = `Your draft referral to ${draft.interventionTitle} will be removed in 7 days`;
    const warnings = async (id: string) =>
      (await notificationsLinkingTo(officers.camden, `/referrals/${id}`)).filter((n) => n.title === title);

    // 80 days in: not yet.
    await setClock({ now: new Date(Date.parse(draft.createdAt) + 80 * dayMs).toISOString() });
    await runJob("draftExpiryWarnings");
    expect(await warnings(draft.id)).toHaveLength(0);

    // 83 days and an hour in (7 days before removal): warned, and only once however often the job runs.
    await setClock({ now: new Date(Date.parse(draft.createdAt) + 83 * dayMs + 3_600_000).toISOString() });
    await runJob("draftExpiryWarnings");
    await runJob("draftExpiryWarnings");
    const told = await warnings(draft.id);
    expect(told).toHaveLength(1);
    expect(told[0]!.body).toContain("will be removed on");
    expect(told[0]!.body).toContain("unless you send it");
    const emails = (await emailsWithSubject(title)).filter((e) => e.to.includes("sam.rowe@justice.example"));
    expect(emails.length).toBeGreaterThan(0);
    expect(await warnings(sent.id)).toHaveLength(0);

    // The draft is still there to send until it is removed.
    const res = await api("GET", `/api/referrals/${draft.id}`, { token: await tokenFor(officers.camden) });
    expect(res.status).toBe(200);
  }, 120_000);
});
