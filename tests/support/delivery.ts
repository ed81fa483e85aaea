import { expect } from "vitest";
import { api, tokenFor } from "./api.ts";
import { portalNow } from "./opportunities.ts";
import { sentReferral } from "./referrals.ts";
import { soon } from "./soon.ts";

/** An instant this many hours after the portal's clock. */
export const inHours = async (hours: number) =>
  new Date((await portalNow()).getTime() + hours * 3_600_000).toISOString();

/** A phone appointment, one-to-one, of an hour. */
export const phoneAt = (at: string) => ({ at, durationMinutes: 60, format: "one-to-one", method: "phone" });

/**
 * Sam Rowe's referral sent to Bridge Housing's low tier, with each side's calls on the latest version:
 * `provider`/`officer` post and expect 200; `tryProvider`/`tryOfficer` return the response as it is.
 */
export const referralInDelivery = async () => {
  const sent = await sentReferral();
  const priya = await tokenFor("user-provider-bridge");
  let r = sent.referral;
  const call = (token: string) => (suffix: string, body: object) =>
    api("POST", `/api/referrals/${r.id}/${suffix}`, { token, body: { ...body, version: r.version } });
  const step = (token: string) => async (suffix: string, body: object) => {
    const res = await call(token)(suffix, body);
    expect(res.status, `${suffix}: ${JSON.stringify(res.body)}`).toBe(200);
    r = res.body;
    return r;
  };
  const provider = step(priya);
  const officer = step(sent.token);
  /** Books the assessment a moment ahead and records it attended: the intervention starts (1 day used). */
  const assessed = async () => {
    const start = await soon(2);
    await provider("assessment", phoneAt(start.at));
    await start.started();
    return provider("assessment/outcome", { attendance: "attended" });
  };
  /** Submits a plan of `sessions` and has the officer approve it. */
  const approvedPlan = async (sessions: number) => {
    await provider("action-plan", { activities: ["Talk to the landlord"], sessions });
    return officer("action-plan/review", { planVersion: r.actionPlans.at(-1).version, decision: "approve" });
  };
  /** Books the next session a moment ahead and records it attended (one more day used). */
  const attendedSession = async () => {
    const start = await soon(2);
    await provider("sessions", phoneAt(start.at));
    await start.started();
    return provider(`sessions/${r.sessions.length}/feedback`, {
      attendance: "attended",
      whatHappened: "Went through the plan.",
      notifyOfficer: false,
    });
  };
  return {
    ...sent,
    priya,
    latest: () => r,
    provider,
    officer,
    tryProvider: call(priya),
    tryOfficer: call(sent.token),
    assessed,
    approvedPlan,
    attendedSession,
  };
};
