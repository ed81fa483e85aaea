import { describe, expect, it } from "vitest";
import type { Referral } from "#shared/referrals/referral.ts";
import { presentProviderReferral } from "./provider-referral.presenter.ts";

const person = { userId: "user-provider-bridge", name: "Priya Shah" };
const at = "2026-11-02T10:00:00.000Z";
const appointment = { at, durationMinutes: 60, format: "one-to-one", method: "in-person" } as const;

/** A referral just sent to the provider; each test moves it along. */
const sent = (over: Partial<Referral> = {}): Referral => ({
  id: "r1",
  reference: "AB2345CD",
  status: "sent",
  interventionId: "i1",
  interventionTitle: "Keep your home",
  contractId: "c1",
  organisationId: "org-bridge-housing",
  organisationName: "Bridge Housing Trust",
  needAreaId: "accommodation",
  tierId: "low",
  tiersOffered: ["low"],
  officer: { userId: "user-officer-camden", name: "Sam Rowe" },
  pdu: "camden-and-islington",
  answers: {},
  sectionStatuses: {} as Referral["sectionStatuses"],
  ogrsWarning: false,
  createdAt: at,
  updatedAt: at,
  sentAt: at,
  actionPlans: [],
  sessions: [],
  sla: [],
  concernCount: 0,
  daysUsed: 0,
  version: 1,
  ...over,
});

const steps = (r: Referral) => presentProviderReferral(r, "progress").nextSteps.map((s) => s.text);

describe("the provider's referral page", () => {
  it("marks the sub-page being shown, with Progress at the referral's own address", () => {
    const view = presentProviderReferral(sent(), "notes");
    expect(view.tabs).toEqual([
      { href: "/provider/referrals/r1", text: "Progress", current: false },
      { href: "/provider/referrals/r1/details", text: "Referral details", current: false },
      { href: "/provider/referrals/r1/changes", text: "Changes", current: false },
      { href: "/provider/referrals/r1/notes", text: "Case notes", current: true },
      { href: "/provider/referrals/r1/timeline", text: "Timeline", current: false },
    ]);
    expect(view.sectionName).toBe("Case notes");
  });

  it("offers a new referral's first steps, and only on Progress", () => {
    expect(steps(sent())).toEqual([
      "Assign a caseworker",
      "Record first contact",
      "Book the initial assessment",
    ]);
    expect(presentProviderReferral(sent(), "details").nextSteps).toEqual([]);
    expect(presentProviderReferral(sent(), "progress").canComplete).toBe(false);
  });

  it("after the assessment, asks for the plan, the sessions it allows, their feedback and the report", () => {
    const started = sent({
      status: "in-progress",
      caseworker: person,
      firstContact: { contactedAt: at, method: "phone", recordedBy: person },
      assessment: {
        appointment,
        changes: [],
        outcome: { attendance: "attended", recordedAt: at, recordedBy: person },
        completedAt: at,
      },
    });
    expect(steps(started)).toEqual([
      "Change caseworker",
      "Submit the action plan",
      "Write the end-of-service report",
    ]);
    const plan = {
      version: 1,
      activities: ["Call the landlord"],
      sessions: 2,
      submittedAt: at,
      submittedBy: person,
      approvalDueAt: at,
    };
    // Waiting for the officer: nothing to book and no new version until they decide.
    const waiting = { ...started, actionPlans: [{ ...plan, status: "awaiting-approval" as const }] };
    expect(steps(waiting)).toEqual(["Change caseworker", "Write the end-of-service report"]);
    const sentBack = { ...started, actionPlans: [{ ...plan, status: "changes-requested" as const }] };
    expect(steps(sentBack)).toContain("Submit a new version of the action plan");
    expect(steps(sentBack)).not.toContain("Schedule a session");
    const oneBooked = {
      ...started,
      actionPlans: [{ ...plan, status: "approved" as const, approvedAt: at }],
      sessions: [{ ...appointment, number: 1 }],
    };
    expect(steps(oneBooked)).toEqual([
      "Change caseworker",
      "Revise the action plan",
      "Schedule a session",
      "Reschedule session 1",
      "Record session 1",
      "Write the end-of-service report",
    ]);
    expect(presentProviderReferral(oneBooked, "progress").canComplete).toBe(true);
    expect(presentProviderReferral(oneBooked, "timeline").canComplete).toBe(false);
  });

  it("offers nothing on a finished referral, and the report only if a withdrawal came after the assessment", () => {
    expect(steps(sent({ status: "completed" }))).toEqual([]);
    expect(steps(sent({ status: "withdrawn" }))).toEqual([]);
    const assessed = { appointment, changes: [], completedAt: at };
    expect(steps(sent({ status: "withdrawn", assessment: assessed }))).toEqual([
      "Write the end-of-service report",
    ]);
  });
});
