import { afterEach, describe, expect, it } from "vitest";
import { addWorkingDays } from "#shared/time/index.ts";
import { api, setClock, tokenFor } from "../support/api.ts";
import { inHours, phoneAt, referralInDelivery } from "../support/delivery.ts";
import { emailsWithSubject, notificationsLinkingTo } from "../support/notifications.ts";

describe("action plans approved by the responsible officer", () => {
  afterEach(() => setClock({ offsetMs: 0 }));

  it("refuses a plan before the initial assessment has happened", async () => {
    const d = await referralInDelivery();
    const res = await d.tryProvider("action-plan", { activities: ["Talk to the landlord"], sessions: 2 });
    expect(res.status).toBe(422);
    expect(res.body.detail).toBe(
      "You can submit an action plan once the initial assessment has happened and been recorded.",
    );
  });

  it("sends a plan back with comments, takes a new version through approval again and keeps both", async () => {
    const d = await referralInDelivery();
    await d.assessed();
    let r = await d.provider("action-plan", { activities: ["Talk to the landlord"], sessions: 3 });
    const v1 = r.actionPlans[0];
    expect(v1).toMatchObject({ version: 1, status: "awaiting-approval", approvalOverdue: false });
    expect(v1.approvalDueAt).toBe(addWorkingDays(new Date(v1.submittedAt), 5).toISOString());
    // The officer is told there is a plan to approve, in the portal and by e-mail.
    const toApprove = `Action plan to approve on referral ${r.reference}`;
    expect(
      (await notificationsLinkingTo("user-officer-camden", `/referrals/${r.id}/action-plan`)).map(
        (n) => n.title,
      ),
    ).toContain(toApprove);
    expect(await emailsWithSubject(toApprove)).not.toHaveLength(0);

    // Nothing can be booked against a plan waiting for approval.
    const early = await d.tryProvider("sessions", phoneAt(await inHours(48)));
    expect(early.status).toBe(422);
    expect(early.body.detail).toContain("has not approved the action plan yet");

    const noComments = await d.tryOfficer("action-plan/review", {
      planVersion: 1,
      decision: "request-changes",
    });
    expect(noComments.status).toBe(400);
    expect(noComments.body.errors).toEqual([
      { path: "comments", message: "Enter the changes you are asking for" },
    ]);
    r = await d.officer("action-plan/review", {
      planVersion: 1,
      decision: "request-changes",
      comments: "Add budgeting: the arrears come from it.",
    });
    expect(r.actionPlans[0]).toMatchObject({
      status: "changes-requested",
      review: { decision: "request-changes", comments: "Add budgeting: the arrears come from it." },
    });
    const seen = await notificationsLinkingTo("user-provider-bridge", `/provider/referrals/${r.id}`);
    expect(seen.map((n) => n.title)).toContain(
      `Changes asked for on the action plan of referral ${r.reference}`,
    );

    r = await d.provider("action-plan", { activities: ["Talk to the landlord", "Budgeting"], sessions: 2 });
    expect(r.actionPlans.map((p: { status: string }) => p.status)).toEqual([
      "changes-requested",
      "awaiting-approval",
    ]);
    const wrongVersion = await d.tryOfficer("action-plan/review", { planVersion: 1, decision: "approve" });
    expect(wrongVersion.status).toBe(422);
    r = await d.officer("action-plan/review", { planVersion: 2, decision: "approve" });
    expect(r.actionPlans[1]).toMatchObject({ status: "approved", approvedAt: expect.any(String) });

    // The approved number of sessions, and not one more.
    await d.provider("sessions", phoneAt(await inHours(48)));
    await d.provider("sessions", phoneAt(await inHours(72)));
    const beyond = await d.tryProvider("sessions", phoneAt(await inHours(96)));
    expect(beyond.status).toBe(422);
    expect(beyond.body.detail).toBe(
      "The approved action plan has 2 sessions and all are scheduled. Submit a new version of the plan for approval to add more.",
    );
  });

  it("flags a plan still waiting after 5 working days as overdue, to both sides", async () => {
    const d = await referralInDelivery();
    await d.assessed();
    const r = await d.provider("action-plan", { activities: ["Talk to the landlord"], sessions: 2 });
    const before = await api("GET", `/api/referrals/${r.id}`, { token: d.token });
    expect(before.body.actionPlans[0].approvalOverdue).toBe(false);
    await setClock({ offsetMs: 10 * 86_400_000 });
    // Tokens signed before the jump have expired by the new clock: sign in again.
    for (const userId of ["user-officer-camden", "user-provider-bridge"]) {
      const res = await api("GET", `/api/referrals/${r.id}`, { token: await tokenFor(userId) });
      expect(res.status).toBe(200);
      expect(res.body.actionPlans[0].approvalOverdue).toBe(true);
    }
  });
});
