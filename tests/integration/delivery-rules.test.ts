import { describe, expect, it } from "vitest";
import { api, tokenFor } from "../support/api.ts";
import { portalNow } from "../support/opportunities.ts";
import { sentReferral } from "../support/referrals.ts";
import { soon } from "../support/soon.ts";

const inHours = async (hours: number) =>
  new Date((await portalNow()).getTime() + hours * 3_600_000).toISOString();
const appointment = (at: string) => ({ at, durationMinutes: 60, format: "one-to-one", method: "phone" });

/** A referral to Bridge Housing's low tier (4 sessions contracted), assigned and contacted. */
const contactedReferral = async () => {
  const { referral, token: officer } = await sentReferral();
  const token = await tokenFor("user-provider-bridge");
  let r = referral;
  const post = (suffix: string, body: object) =>
    api("POST", `/api/referrals/${r.id}/${suffix}`, { token, body: { ...body, version: r.version } });
  const step = async (suffix: string, body: object) => {
    const res = await post(suffix, body);
    expect(res.status, `${suffix}: ${JSON.stringify(res.body)}`).toBe(200);
    r = res.body;
    return r;
  };
  await step("assign", { caseworkerId: "user-provider-bridge" });
  await step("first-contact", { contactedAt: await inHours(0), method: "phone" });
  /** The officer approves the plan waiting for approval. */
  const approve = async () => {
    const res = await api("POST", `/api/referrals/${r.id}/action-plan/review`, {
      token: officer,
      body: { planVersion: r.actionPlans.at(-1).version, decision: "approve", version: r.version },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    r = res.body;
  };
  return { post, step, approve };
};

describe("delivery rules", () => {
  it("refuses an initial assessment booked in the past", async () => {
    const { post } = await contactedReferral();
    const res = await post("assessment", appointment(await inHours(-2)));
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ path: "at", message: "The appointment must be in the future" }]);
  });

  it("keeps the action plan within the contracted sessions and their tolerance", async () => {
    const { post, step } = await contactedReferral();
    await step("assessment", appointment(await inHours(1)));
    await step("assessment/outcome", { attendance: "attended" });
    const tooMany = await post("action-plan", { activities: ["Everything"], sessions: 99 });
    expect(tooMany.status).toBe(422);
    expect(tooMany.body.detail).toContain("up to 5 sessions");
    expect(tooMany.body.detail).toContain("Enter 5 or fewer");
    const fits = await step("action-plan", { activities: ["Everything"], sessions: 5 });
    expect(fits.actionPlans.at(-1).sessions).toBe(5);
  });

  it("records attendance and feedback only from the session's start time", async () => {
    const { post, step, approve } = await contactedReferral();
    await step("assessment", appointment(await inHours(1)));
    await step("assessment/outcome", { attendance: "attended" });
    await step("action-plan", { activities: ["Talk to the landlord"], sessions: 2 });
    await approve();
    await step("sessions", appointment(await inHours(24 * 7)));
    const early = await post("sessions/1/feedback", {
      attendance: "did-not-attend",
      absenceReason: "unacceptable",
      notifyOfficer: false,
    });
    expect(early.status).toBe(422);
    expect(early.body.detail).toMatch(
      /^Session 1 starts at .+\. You can record attendance and feedback from then\.$/,
    );
    const start = await soon(2);
    await step("sessions", appointment(start.at));
    await start.started();
    const recorded = await step("sessions/2/feedback", {
      attendance: "attended",
      whatHappened: "Talked it through.",
      notifyOfficer: false,
    });
    expect(recorded.sessions[1].feedback.attendance).toBe("attended");
    expect(recorded.sessions[0].feedback).toBeUndefined();
  });
});
