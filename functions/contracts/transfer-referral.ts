import { londonDate } from "#shared/time/index.ts";
import { findReferral, transferReferralItems } from "../referrals/index.ts";
import { notificationItems, outboxPut } from "../notifications/index.ts";
import { now } from "../platform/clock.ts";
import { auditPut } from "../platform/data/audit.ts";
import { httpHandler } from "../platform/http/handler.ts";
import { conflict, notFound, ruleBroken } from "../platform/http/problems.ts";
import { contractHref } from "./change-parties.ts";
import { contractFor, writeTransition } from "./management-repository.ts";
import { notifyParties } from "./notify.ts";
import { findContract } from "./repository.ts";
import { transferContractReferralRoute } from "./transfer-routes.ts";
import { liveToday } from "./transfer-targets.ts";

/**
 * The commissioner moves one open referral of a terminated contract to another live contract for the
 * same need area that covers the referral's delivery unit and offers its tier. One transaction: the
 * referral (conditional on its version and old contract), its search terms, its audit event, both
 * contracts' history, and notices to both providers and the officer. A race is a 409.
 */
export const handler = httpHandler(transferContractReferralRoute, async ({ principal, params, body }) => {
  const from = await contractFor(principal, params.contractId);
  const referral = await findReferral(params.referralId);
  if (!referral || referral.contractId !== from.id) throw notFound("We could not find that referral.");
  if (from.status !== "terminated")
    throw ruleBroken(
      `Contract ${from.reference} has not been terminated: its referrals stay with it.`,
      "contract-not-terminated",
    );
  if (referral.version !== body.version) throw conflict();
  if (referral.status !== "sent" && referral.status !== "in-progress")
    throw ruleBroken("Only an open referral can be transferred.", "referral-closed");
  const to = await findContract(body.toContractId);
  if (!to || to.id === from.id || !to.regionIds.some((r) => principal.regions.includes(r)))
    throw notFound("We could not find the contract to transfer to.");
  const today = londonDate(now());
  const intervention = to.interventions.find(
    (i) => i.tierId === referral.tierId && i.startDate <= today && today <= i.endDate,
  );
  const problem = !liveToday(to, today)
    ? `Contract ${to.reference} is not live, so it cannot take referrals.`
    : to.needAreaId !== from.needAreaId
      ? `Contract ${to.reference} is for another need area: choose one for the same need.`
      : !to.pduIds.includes(referral.pdu)
        ? `Contract ${to.reference} does not cover the referral's delivery unit: choose one in the same region.`
        : !intervention
          ? `Contract ${to.reference} does not offer the referral's tier.`
          : undefined;
  if (problem || !intervention) throw ruleBroken(problem ?? "", "transfer-target");
  const at = now().toISOString();
  const label = referral.reference ?? "a referral";
  const details = { referralId: referral.id, from: from.reference, to: to.reference };
  const toOfficer = {
    title: `Referral ${label} moved to ${to.organisationName}`,
    body: `Contract ${from.reference} has ended, so referral ${label} now continues under contract ${to.reference} with ${to.organisationName}. Its history comes with it.`,
    href: `/referrals/${referral.id}`,
  };
  await writeTransition([
    ...transferReferralItems(
      principal,
      referral,
      {
        contractId: to.id,
        contractReference: to.reference,
        interventionId: intervention.id,
        interventionTitle: intervention.title,
        organisationId: to.organisationId,
        organisationName: to.organisationName,
        pricePerReferralPence: intervention.pricePerReferralPence,
      },
      from.reference,
      at,
    ),
    ...notificationItems({ userId: referral.officer.userId }, toOfficer),
    ...(referral.officerEmail
      ? [
          outboxPut({
            to: [referral.officerEmail],
            subject: toOfficer.title,
            body: `${toOfficer.body} Sign in to read it.`,
          }),
        ]
      : []),
    auditPut(principal, {
      entityType: "contract",
      entityId: from.id,
      action: "referral-transferred-out",
      details,
    }),
    auditPut(principal, {
      entityType: "contract",
      entityId: to.id,
      action: "referral-transferred-in",
      details,
    }),
    // A move between two contracts of one provider tells it once: a second notice would also be a second
    // write to its unread counter in the same transaction, which DynamoDB refuses.
    ...(to.organisationId === from.organisationId
      ? []
      : await notifyParties(from, "provider", {
          title: `Referral ${label} moved to ${to.organisationName}`,
          body: `Contract ${from.reference} has ended, so referral ${label} now continues under contract ${to.reference}. It has left your lists.`,
          href: contractHref(from, "referrals"),
        })),
    ...(await notifyParties(to, "provider", {
      title: `Referral ${label} transferred to you`,
      body: `Referral ${label} moves to your contract ${to.reference} from contract ${from.reference}, which has ended. Its history comes with it: assign a caseworker.`,
      href: `/provider/referrals/${referral.id}`,
    })),
  ]);
  const moved = await findReferral(referral.id);
  return moved!;
});
