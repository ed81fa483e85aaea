import { expect } from "vitest";
import { api, tokenFor } from "./api.ts";
import { portalNow } from "./opportunities.ts";
import { sentReferral } from "./referrals.ts";
import { soon } from "./soon.ts";

const inHours = async (hours: number) =>
  new Date((await portalNow()).getTime() + hours * 3_600_000).toISOString();

/**
 * Sends a referral to Bridge Housing's accommodation service and takes it, as Bridge's caseworker
 * would, to completion: assigned, first contact, an attended assessment, an action plan of two
 * sessions approved by the officer (booked a few seconds ahead, recorded once started) (one attended, one missed with a concern), an end-of-service report with one outcome
 * achieved (eviction prevented), completed.
 */
export const completedReferral = async () => {
  const sent = await sentReferral();
  const priya = await tokenFor("user-provider-bridge");
  let r = sent.referral;
  const step = async (suffix: string, body: object) => {
    const res = await api("POST", `/api/referrals/${r.id}/${suffix}`, {
      token: priya,
      body: { ...body, version: r.version },
    });
    expect(res.status, `${suffix}: ${JSON.stringify(res.body)}`).toBe(200);
    r = res.body;
  };
  await step("assign", { caseworkerId: "user-provider-bridge" });
  await step("first-contact", { contactedAt: await inHours(0), method: "phone" });
  await step("assessment", {
    at: await inHours(1),
    durationMinutes: 60,
    format: "one-to-one",
    method: "in-person",
    otherAddress: { line1: "1 Example Street", town: "London", postcode: "N1 9GU" },
  });
  await step("assessment/outcome", { attendance: "attended" });
  await step("action-plan", { activities: ["Talk to the landlord", "Set up a repayment plan"], sessions: 2 });
  // The officer who sent it approves the plan before its sessions can be booked.
  const approved = await api("POST", `/api/referrals/${r.id}/action-plan/review`, {
    token: sent.token,
    body: { planVersion: 1, decision: "approve", version: r.version },
  });
  expect(approved.status, JSON.stringify(approved.body)).toBe(200);
  r = approved.body;
  // Sessions can be recorded only once they have started: book them a moment ahead, then wait.
  let last = await soon(2);
  for (let i = 1; i <= 2; i += 1) {
    last = await soon(1 + i);
    await step("sessions", { at: last.at, durationMinutes: 60, format: "one-to-one", method: "phone" });
  }
  await last.started();
  await step("sessions/1/feedback", {
    attendance: "attended",
    whatHappened: "Called the landlord together.",
    behaviour: "Engaged well",
    notifyOfficer: false,
  });
  await step("sessions/2/feedback", {
    attendance: "did-not-attend",
    absenceReason: "unacceptable",
    concerns: "Did not come and did not call.",
    notifyOfficer: true,
  });
  await step("end-of-service-report", {
    outcomes: [
      {
        outcome: "Eviction or loss of accommodation prevented",
        achievement: "achieved",
        progress: "Tenancy kept with a repayment plan.",
      },
    ],
    furtherWork: "Keep up the repayments.",
  });
  await step("complete", {});
  expect(r.status).toBe("completed");
  return r;
};
