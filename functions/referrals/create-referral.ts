import { ulid } from "ulid";
import { isLive } from "#shared/catalogue/catalogue.ts";
import { londonDate } from "#shared/time/index.ts";
import { readProfile } from "../accounts/index.ts";
import { contractTiers, findIntervention } from "../catalogue/index.ts";
import { now } from "../platform/clock.ts";
import { withStatus } from "../platform/http/handler.ts";
import { idempotentHandler } from "../platform/http/idempotent-handler.ts";
import { forbidden, invalid } from "../platform/http/problems.ts";
import { personOf } from "./access.ts";
import { writeReferral } from "./repository.ts";
import { createReferralRoute } from "./routes.ts";
import { present, type StoredReferral } from "./stored.ts";

/** Starts a draft referral to a live intervention, in the officer's PDU. */
export const handler = idempotentHandler(createReferralRoute, async ({ principal, body }) => {
  if (!principal.pdu)
    throw forbidden("You are not linked to a probation delivery unit, so you cannot refer.");
  const at = now();
  const intervention = await findIntervention(body.interventionId);
  if (!intervention || !isLive(intervention, londonDate(at)))
    throw invalid([{ path: "interventionId", message: "Choose a live intervention from the catalogue" }]);
  const [tiers, profile] = await Promise.all([
    contractTiers(intervention.contractId),
    readProfile(principal.userId, undefined),
  ]);
  const draft: StoredReferral = {
    id: ulid(at.getTime()),
    status: "draft",
    interventionId: intervention.id,
    interventionTitle: intervention.title,
    contractId: intervention.contractId,
    organisationId: intervention.organisationId,
    organisationName: intervention.organisationName,
    needAreaId: intervention.needAreaId,
    tierId: intervention.tierId,
    tiersOffered: tiers.map((t) => t.tierId),
    officer: personOf(principal),
    ...(profile.user?.email ? { officerEmail: profile.user.email } : {}),
    pdu: principal.pdu,
    answers: {},
    createdAt: at.toISOString(),
    updatedAt: at.toISOString(),
    actionPlans: [],
    sessions: [],
    version: 1,
  };
  await writeReferral(principal, draft, 0, {
    action: "referral-started",
    toState: "draft",
    details: { interventionId: intervention.id },
  });
  return withStatus(201, present(draft, at));
});
