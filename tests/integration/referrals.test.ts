import { ulid } from "ulid";
import { afterEach, describe, expect, it } from "vitest";
import { referralItem } from "#functions/referrals/repository.ts";
import type { StoredReferral } from "#functions/referrals/stored.ts";
import { referencePattern } from "#shared/referrals/reference.ts";
import { addWorkingDays } from "#shared/time/index.ts";
import { api, setClock, tokenFor } from "../support/api.ts";
import { soon } from "../support/soon.ts";
import { portalNow } from "../support/opportunities.ts";
import {
  completeAnswers,
  fillDraft,
  getItem,
  partition,
  putItems,
  sentReferral,
  startDraft,
} from "../support/referrals.ts";
import { auditKeys } from "#functions/platform/data/audit.ts";
import { referenceClaimKind, referralKind } from "#functions/referrals/items.ts";

const inHours = async (hours: number) =>
  new Date((await portalNow()).getTime() + hours * 3_600_000).toISOString();

/** Takes a sent referral through assignment, first contact and an attended assessment. */
const startedReferral = async () => {
  const sent = await sentReferral();
  const priya = await tokenFor("user-provider-bridge");
  const path = `/api/referrals/${sent.referral.id}`;
  let r = sent.referral;
  const step = async (suffix: string, body: object) => {
    const res = await api("POST", `${path}/${suffix}`, {
      token: priya,
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
    address: "1 Example Street, London",
  });
  await step("assessment/outcome", { attendance: "attended" });
  return { ...sent, priya, path, step, latest: () => r };
};

describe("referrals", () => {
  afterEach(() => setClock({ offsetMs: 0 }));

  it("sends a complete draft with a human reference and starts the SLA clocks in working days", async () => {
    const before = await portalNow();
    const { referral } = await sentReferral();
    expect(referral.status).toBe("sent");
    expect(referral.reference).toMatch(referencePattern);
    const clocks = Object.fromEntries(
      referral.sla.map((c: { id: string; dueAt: string }) => [c.id, c.dueAt]),
    );
    const sentAt = new Date(referral.sentAt);
    expect(sentAt.getTime()).toBeGreaterThanOrEqual(before.getTime());
    expect(clocks.firstContact).toBe(addWorkingDays(sentAt, 2).toISOString());
    expect(clocks.initialAssessment).toBe(addWorkingDays(sentAt, 10).toISOString());
    const claim = await getItem(referenceClaimKind.key({ reference: referral.reference }));
    expect(claim?.referralId).toBe(referral.id);
    // The draft's time to live goes once it is sent.
    const stored = await getItem(referralKind.key({ id: referral.id }));
    expect(stored?.expiresAt).toBeUndefined();
  });

  it("gives a draft a 90-day time to live and reports section statuses as it fills", async () => {
    const { token, draft } = await startDraft();
    const stored = await getItem(referralKind.key({ id: draft.id }));
    expect(stored?.expiresAt).toBe(Math.floor(Date.parse(draft.createdAt) / 1000) + 90 * 86_400);
    expect(draft.sectionStatuses.person).toBe("not-started");
    const partial = await api("PUT", `/api/referrals/${draft.id}/sections/person`, {
      token,
      body: { crn: "X123456", version: draft.version },
    });
    expect(partial.status).toBe(200);
    expect(partial.body.sectionStatuses.person).toBe("in-progress");
    const unfinished = await api("PUT", `/api/referrals/${draft.id}/sections/person`, {
      token,
      body: { crn: "X123456", finished: true, version: partial.body.version },
    });
    expect(unfinished.status).toBe(400);
    expect(unfinished.body.errors.map((e: { path: string }) => e.path)).toContain("firstName");
  });

  it("refuses bad answers with 400 naming the field, in plain English", async () => {
    const { token, draft } = await startDraft();
    const now = await portalNow();
    const answers = await completeAnswers();
    const save = (section: string, body: object) =>
      api("PUT", `/api/referrals/${draft.id}/sections/${section}`, {
        token,
        body: { ...body, version: draft.version, finished: true },
      });
    const cases: [string, object, string, RegExp][] = [
      ["person", { ...answers.person, crn: "123456" }, "crn", /one letter and six digits/],
      [
        "person",
        { ...answers.person, dateOfBirth: `${now.getUTCFullYear() - 17}-01-01` },
        "dateOfBirth",
        /18 or older/,
      ],
      ["requirement", { ...answers.requirement, enforceableDays: 0 }, "enforceableDays", /at least 1/],
      ["requirement", { ...answers.requirement, enforceableDays: 41 }, "enforceableDays", /40 or fewer/],
      [
        "requirement",
        { ...answers.requirement, completionDeadline: "2020-01-01" },
        "completionDeadline",
        /future/,
      ],
    ];
    for (const [section, body, field, message] of cases) {
      const res = await save(section, body);
      expect(res.status, field).toBe(400);
      expect(res.body.errors).toEqual([{ path: field, message: expect.stringMatching(message) }]);
    }
  });

  it("will not send an incomplete draft, and lists what is missing by section", async () => {
    const { token, draft } = await startDraft();
    const res = await api("POST", `/api/referrals/${draft.id}/send`, {
      token,
      body: { version: draft.version },
    });
    expect(res.status).toBe(400);
    expect(res.body.detail).toBe("Complete every section before you send the referral.");
    expect(res.body.errors.map((e: { path: string }) => e.path)).toContain("person.crn");
    expect(res.body.errors.map((e: { path: string }) => e.path)).toContain("reason.reason");
  });

  it("warns (never blocks) when the OGRS score is below 25%", async () => {
    const { token, draft } = await startDraft();
    const res = await api("PUT", `/api/referrals/${draft.id}/sections/risk`, {
      token,
      body: {
        roshLevel: "low",
        ogrsScore: 12,
        riskSummary: "Low risk",
        version: draft.version,
        finished: true,
      },
    });
    expect(res.status).toBe(200);
    expect(res.body.ogrsWarning).toBe(true);
    expect(res.body.sectionStatuses.risk).toBe("completed");
  });

  it("replays the same referral for a second send with the same Idempotency-Key", async () => {
    const { token, draft } = await startDraft();
    const { version } = await fillDraft(token, draft);
    const key = `send-${ulid()}`;
    const send = () =>
      api("POST", `/api/referrals/${draft.id}/send`, {
        token,
        body: { version },
        headers: { "idempotency-key": key },
      });
    const first = await send();
    const second = await send();
    expect(first.status).toBe(200);
    expect(second.status).toBe(200);
    expect(second.body.id).toBe(first.body.id);
    expect(second.body.reference).toBe(first.body.reference);
    // Only one reference was claimed and one send recorded.
    const trail = await partition(auditKeys.trail("referral", draft.id));
    expect(trail.filter((e) => e.action === "referral-sent")).toHaveLength(1);
    // Without the key, a second send is a conflict, not a second referral.
    const again = await api("POST", `/api/referrals/${draft.id}/send`, { token, body: { version } });
    expect(again.status).toBe(409);
  });

  it("gives 200 referrals sent at once 200 different references", async () => {
    const now = await portalNow();
    const answers = await completeAnswers();
    const drafts: StoredReferral[] = Array.from({ length: 200 }, () => ({
      id: ulid(),
      status: "draft",
      interventionId: "contract-bridge-accommodation-low",
      interventionTitle: "Keep your home",
      contractId: "contract-bridge-accommodation",
      organisationId: "org-bridge-housing",
      organisationName: "Bridge Housing Trust",
      needAreaId: "accommodation",
      tierId: "low",
      tiersOffered: ["low", "medium", "high"],
      officer: { userId: "user-officer-hackney", name: "Jo Baker" },
      pdu: "hackney-and-city",
      answers,
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
      actionPlans: [],
      sessions: [],
      version: 1,
    }));
    await putItems(drafts.map(referralItem));
    const token = await tokenFor("user-officer-hackney");
    // All 200 go at once. DynamoDB Local on this machine cannot open 200 connections in time, so a send
    // may answer 503 and is retried; a retry of a send that did commit finds it sent (409) and reads it.
    const send = async (id: string) => {
      let sent = false;
      for (let attempt = 1; ; attempt += 1) {
        const res: Awaited<ReturnType<typeof api>> = sent
          ? await api("GET", `/api/referrals/${id}`, { token })
          : await api("POST", `/api/referrals/${id}/send`, { token, body: { version: 1 } });
        sent ||= res.status === 409;
        if (res.status === 200 || (res.status !== 503 && res.status !== 409) || attempt === 40) return res;
        await new Promise((resolve) =>
          setTimeout(resolve, Math.min(5_000, 250 * attempt) * (0.5 + Math.random())),
        );
      }
    };
    const results = await Promise.all(drafts.map((d) => send(d.id)));
    expect(results.map((r) => r.status)).toEqual(drafts.map(() => 200));
    const references = results.map((r) => r.body.reference as string);
    expect(new Set(references).size).toBe(200);
    for (const reference of references) expect(reference).toMatch(referencePattern);
    const claims = await Promise.all(
      references.map((ref) => getItem(referenceClaimKind.key({ reference: ref }))),
    );
    expect(claims.map((c) => c?.referralId)).toEqual(results.map((r) => r.body.id));
    expect(results.map((r) => r.body.id)).toEqual(drafts.map((d) => d.id));
    // Each was sent exactly once.
    const trails = await Promise.all(drafts.map((d) => partition(auditKeys.trail("referral", d.id))));
    expect(trails.map((t) => t.filter((e) => e.action === "referral-sent").length)).toEqual(
      drafts.map(() => 1),
    );
  }, 180_000);

  it("takes a referral from sent to completed, with the plan, sessions, a concern and the report", async () => {
    const { path, step, token: samToken, referral, priya } = await startedReferral();
    let r = await step("action-plan", {
      activities: ["Talk to the landlord", "Set up a repayment plan"],
      sessions: 2,
    });
    expect(r.status).toBe("in-progress");
    expect(r.actionPlans[0]).toMatchObject({ version: 1, sessions: 2 });
    expect(r.actionPlans[0].approvedAt).toBe(r.actionPlans[0].submittedAt);
    const fewer = await api("POST", `${path}/action-plan`, {
      token: priya,
      body: { activities: ["Less"], sessions: 1, version: r.version },
    });
    expect(fewer.status).toBe(422);
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
    expect(inPersonNoAddress.body.errors[0].path).toBe("address");
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
