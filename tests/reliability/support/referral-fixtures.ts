import { expect } from "vitest";
import { api } from "../../support/api.ts";
import { fillDraft, startDraft } from "../../support/referrals.ts";
import { soon } from "../../support/soon.ts";
import { auditKeys } from "#functions/platform/data/audit.ts";
import { referralKind } from "#functions/referrals/items.ts";
import { inDays, principals, token, type Fixture } from "./principals.ts";

/** Bridge Housing's low-tier accommodation intervention in the seed: live, and open to both London PDUs. */
export const bridgeIntervention = "contract-bridge-accommodation-low";

const referralStages = [
  "draft",
  "completeDraft",
  "sent",
  "booked",
  "started",
  "submitted",
  "planned",
  "scheduled",
  "reported",
] as const;
type ReferralStage = (typeof referralStages)[number];

/**
 * A referral by Sam Rowe (officer, camden-and-islington) to Bridge Housing's live intervention, taken
 * through the API as far as `stage`: a draft; every section answered; sent; its initial assessment
 * booked; attended (the intervention has started); an action plan of two sessions submitted; that
 * plan approved by Sam Rowe; session 1 scheduled. "reported" is started with its end-of-service report in. Bridge Housing is the owner.
 */
export const referral = async (stage: ReferralStage): Promise<Fixture> => {
  const { token: sam, draft } = await startDraft(principals.officer, bridgeIntervention);
  const id = draft.id as string;
  let version = draft.version as number;
  let desiredOutcome = "";
  const fixture = (): Fixture => ({
    owner: principals.provider,
    params: { referralId: id, section: "reason", sessionNumber: "1", desiredOutcome },
    versions: { referral: version },
    // The referral and its notes; its change trail; the trail of who read it (a refused read is not audited).
    partitions: [
      referralKind.pk({ id: id }),
      auditKeys.trail("referral", id),
      auditKeys.trail("referral-access", id),
    ],
  });
  const stopsBefore = (s: ReferralStage) => referralStages.indexOf(stage) < referralStages.indexOf(s);
  const step = async (as: string, path: string, body: object = {}) => {
    const res = await api("POST", `/api/referrals/${id}/${path}`, { token: as, body: { ...body, version } });
    expect(res.status, `${path}: ${JSON.stringify(res.body)}`).toBe(200);
    version = res.body.version;
  };
  if (stopsBefore("completeDraft")) return fixture();
  const filled = await fillDraft(sam, draft);
  version = filled.version;
  desiredOutcome = filled.answers.intervention.desiredOutcomes[0]!;
  if (stopsBefore("sent")) return fixture();
  await step(sam, "send");
  if (stopsBefore("booked")) return fixture();
  const bridge = await token(principals.provider);
  await step(bridge, "assessment", await appointment(2));
  if (stopsBefore("started")) return fixture();
  await step(bridge, "assessment/outcome", { attendance: "attended" });
  if (stage === "reported") {
    await step(bridge, "end-of-service-report", endOfServiceReport(desiredOutcome));
    return fixture();
  }
  if (stopsBefore("submitted")) return fixture();
  await step(bridge, "action-plan", {
    activities: ["Work out a plan to clear the rent arrears"],
    sessions: 2,
  });
  if (stopsBefore("planned")) return fixture();
  await step(sam, "action-plan/review", { planVersion: 1, decision: "approve" });
  if (stopsBefore("scheduled")) return fixture();
  // Recorded only once started (the matrix records it): book it a moment ahead and wait.
  const start = await soon(2);
  await step(bridge, "sessions", { ...(await appointment(3)), at: start.at });
  await start.started();
  return fixture();
};

/** A video appointment, one-to-one, this many days from the portal's clock. */
export const appointment = async (days: number) => ({
  at: await inDays(days),
  durationMinutes: 60,
  format: "one-to-one",
  method: "video",
});

/** An end-of-service report on the referral's one desired outcome. */
export const endOfServiceReport = (desiredOutcome: string) => ({
  outcomes: [{ outcome: desiredOutcome, achievement: "achieved", progress: "The tenancy is secure." }],
  furtherWork: "Nothing",
});

/** A session moved this many days ahead at the person's request. */
export const reschedule = async (days: number) => ({
  ...(await appointment(days)),
  requestedBy: "person-on-probation",
  reason: "Has a job interview that day.",
});

/** An amendment of the reason for referral, with why. */
export const amendment = {
  group: "reason",
  text: "Now also at risk of losing the tenancy.",
  reason: "The landlord served notice.",
};
