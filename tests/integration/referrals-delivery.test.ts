import { afterEach, describe, expect, it } from "vitest";
import { addWorkingDays } from "#shared/time/index.ts";
import { api, setClock, tokenFor } from "../support/api.ts";
import { soon } from "../support/soon.ts";
import { portalNow } from "../support/opportunities.ts";
import { sentReferral } from "../support/referrals.ts";

const inHours = async (hours: number) =>
  new Date((await portalNow()).getTime() + hours * 3_600_000).toISOString();

/** Takes a sent referral through assignment, first contact and an attended assessment. */
const startedReferral = async () => {
  const sent = await sentReferral();
  const priya = await tokenFor("user-provider-bridge");
  const path = `/api/referrals/${sent.referral.id}`;
  let r = sent.referral;
  const step = async (suffix: string, body: object, token = priya) => {
    const res = await api("POST", `${path}/${suffix}`, {
      token,
      body: { ...body, version: r.version },
    });
    expect(res.status, `${suffix}: ${JSON.stringify(res.body)}`).toBe(200);
    r = res.body;
    return r;
  };
  await step("assign", { caseworkerId: "user-provider-bridge" });
  await step("first-contact", { contactedAt: await inHours(0), method: "phone" });
  await step("assessment", {
    at: await inHours(24),
    durationMinutes: 60,
    format: "one-to-one",
    method: "in-person",
    otherAddress: { line1: "1 Example Street", town: "London", postcode: "N1 9GU" },
  });
  await step("assessment/outcome", { attendance: "attended" });
  return { ...sent, priya, path, step, latest: () => r };
};

describe("referrals: delivery, from sent to completed", () => {
  afterEach(() => setClock({ offsetMs: 0 }));

  it("takes a referral from sent to completed, with the plan, sessions, a concern and the report", async () => {
    const { path, step, token: samToken, referral, priya } = await startedReferral();
    let r = await step("action-plan", {
      activities: ["Talk to the landlord", "Set up a repayment plan"],
      sessions: 2,
    });
    expect(r.status).toBe("in-progress");
    expect(r.actionPlans[0]).toMatchObject({ version: 1, sessions: 2, status: "awaiting-approval" });
    expect(r.actionPlans[0].approvedAt).toBeUndefined();
    const another = await api("POST", `${path}/action-plan`, {
      token: priya,
      body: { activities: ["Less"], sessions: 1, version: r.version },
    });
    expect(another.status).toBe(422);
    r = await step("action-plan/review", { planVersion: 1, decision: "approve" }, samToken);
    expect(r.actionPlans[0]).toMatchObject({ status: "approved", approvedAt: expect.any(String) });
    r = await step("action-plan", {
      activities: ["Talk to the landlord", "Repayment plan", "Budgeting"],
      sessions: 2,
    });
    expect(r.actionPlans.map((p: { version: number }) => p.version)).toEqual([1, 2]);

    // Sessions can be recorded only once they have started: book them a moment ahead, then wait.
    let last = await soon(2);
    for (let i = 1; i <= 2; i += 1) {
      last = await soon(1 + i);
      r = await step("sessions", { at: last.at, durationMinutes: 60, format: "one-to-one", method: "phone" });
    }
    const third = await api("POST", `${path}/sessions`, {
      token: priya,
      body: {
        at: await inHours(200),
        durationMinutes: 60,
        format: "one-to-one",
        method: "phone",
        version: r.version,
      },
    });
    expect(third.status).toBe(422);

    await last.started();
    r = await step("sessions/1/feedback", {
      attendance: "attended",
      whatHappened: "Called the landlord together.",
      behaviour: "Engaged well",
      notifyOfficer: false,
    });
    const missingReason = await api("POST", `${path}/sessions/2/feedback`, {
      token: priya,
      body: { attendance: "did-not-attend", notifyOfficer: false, version: r.version },
    });
    expect(missingReason.status).toBe(400);
    expect(missingReason.body.errors[0].path).toBe("absenceReason");
    r = await step("sessions/2/feedback", {
      attendance: "did-not-attend",
      absenceReason: "unacceptable",
      concerns: "Said they had been drinking and would not come.",
      notifyOfficer: true,
    });
    expect(r.concernCount).toBe(1);
    expect(r.sla.find((c: { id: string }) => c.id === "endOfServiceReport")).toBeDefined();

    // The concern reaches the officer.
    const notes = await api("GET", "/api/notifications", { token: samToken });
    expect(notes.body.items[0]).toMatchObject({
      title: `Concern raised on referral ${referral.reference}`,
      read: false,
    });

    const early = await api("POST", `${path}/complete`, { token: priya, body: { version: r.version } });
    expect(early.status).toBe(422);
    expect(early.body.detail).toBe("Submit the end-of-service report before you complete the referral.");

    const wrongOutcomes = await api("POST", `${path}/end-of-service-report`, {
      token: priya,
      body: { outcomes: [], furtherWork: "Nothing", version: r.version },
    });
    expect(wrongOutcomes.status).toBe(400);
    r = await step("end-of-service-report", {
      outcomes: [
        {
          outcome: "Eviction or loss of accommodation prevented",
          achievement: "achieved",
          progress: "Tenancy kept with a repayment plan.",
        },
      ],
      furtherWork: "Keep up the repayments.",
    });
    r = await step("complete", {});
    expect(r.status).toBe("completed");

    const officerView = await api("GET", path, { token: samToken });
    expect(officerView.body.endOfServiceReport.furtherWork).toBe("Keep up the repayments.");
    const timeline = await api("GET", `${path}/timeline?limit=100`, { token: samToken });
    expect(timeline.body.items.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining([
        "referral-started",
        "referral-sent",
        "caseworker-assigned",
        "record-first-contact",
        "assessment-booked",
        "assessment-recorded",
        "action-plan-submitted",
        "action-plan-revised",
        "session-scheduled",
        "session-recorded",
        "end-of-service-report-submitted",
        "referral-completed",
      ]),
    );
  });

  it("needs who asked and why to reschedule the assessment, and keeps the earlier booking", async () => {
    const { referral } = await sentReferral();
    const priya = await tokenFor("user-provider-bridge");
    const path = `/api/referrals/${referral.id}/assessment`;
    const booking = { at: await inHours(30), durationMinutes: 45, format: "group", method: "video" };
    const booked = await api("POST", path, { token: priya, body: { ...booking, version: referral.version } });
    expect(booked.status).toBe(200);
    const noReason = await api("POST", path, {
      token: priya,
      body: { ...booking, at: await inHours(50), version: booked.body.version },
    });
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors.map((e: { path: string }) => e.path)).toEqual([
      "rescheduleRequestedBy",
      "rescheduleReason",
    ]);
    const inPersonNoAddress = await api("POST", path, {
      token: priya,
      body: { ...booking, method: "in-person", version: booked.body.version },
    });
    expect(inPersonNoAddress.body.errors[0].path).toBe("otherAddress.line1");
    const moved = await api("POST", path, {
      token: priya,
      body: {
        ...booking,
        at: await inHours(50),
        rescheduleRequestedBy: "person-on-probation",
        rescheduleReason: "Hospital appointment",
        version: booked.body.version,
      },
    });
    expect(moved.status).toBe(200);
    expect(moved.body.assessment.changes).toHaveLength(1);
    expect(moved.body.assessment.changes[0]).toMatchObject({ requestedBy: "person-on-probation" });
  });

  it("lets the officer withdraw with a reason from the list, and tells the provider", async () => {
    const { token, referral } = await sentReferral();
    const bad = await api("POST", `/api/referrals/${referral.id}/withdraw`, {
      token,
      body: { reasonId: "bored", version: referral.version },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].path).toBe("reasonId");
    const res = await api("POST", `/api/referrals/${referral.id}/withdraw`, {
      token,
      body: { reasonId: "moved-out-of-area", version: referral.version },
    });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe("withdrawn");
    expect(res.body.withdrawal.reasonId).toBe("moved-out-of-area");
    const priya = await tokenFor("user-provider-bridge");
    const notes = await api("GET", "/api/notifications?limit=50", { token: priya });
    expect(notes.body.items.map((n: { title: string }) => n.title)).toContain(
      `Referral ${referral.reference} withdrawn`,
    );
    const outbox = await api("GET", "/api/notifications/outbox?limit=100", { token: priya });
    expect(outbox.status).toBe(200);
    expect(outbox.body.items.map((e: { subject: string }) => e.subject)).toContain(
      `New referral ${referral.reference}`,
    );
  });

  it("flags overdue clocks and lets the provider filter its inbox to them", async () => {
    const { referral } = await sentReferral();
    const later = addWorkingDays(new Date(referral.sentAt), 3);
    await setClock({ now: later.toISOString() });
    const priya = await tokenFor("user-provider-bridge");
    const overdue = await api("GET", "/api/referrals/inbox?tab=open&overdue=true&limit=100", {
      token: priya,
    });
    expect(overdue.status).toBe(200);
    const mine = overdue.body.items.find((r: { id: string }) => r.id === referral.id);
    expect(mine).toMatchObject({ overdue: true });
    expect(overdue.body.items.every((r: { overdue: boolean }) => r.overdue)).toBe(true);
    const detail = await api("GET", `/api/referrals/${referral.id}`, { token: priya });
    expect(detail.body.sla.find((c: { id: string }) => c.id === "firstContact").overdue).toBe(true);
  });
});
