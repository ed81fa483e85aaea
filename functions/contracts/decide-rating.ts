import type { ImprovementPlan } from "#shared/contracts/improvement.ts";
import { type ContractRating, needsImprovement, ratingText } from "#shared/contracts/rating.ts";
import { now } from "../platform/clock.ts";
import { auditPut } from "../platform/data/audit.ts";
import { httpHandler } from "../platform/http/handler.ts";
import { conflict, ruleBroken } from "../platform/http/problems.ts";
import { contractHref, partyOf } from "./change-parties.ts";
import { contractFor, writeTransition } from "./management-repository.ts";
import { notifyParties } from "./notify.ts";
import { planPut, ratingOr404, ratingPut } from "./review-repository.ts";
import { decideContractRatingRoute } from "./review-routes.ts";

/**
 * The commissioner confirms the proposed rating or changes it, always with a reason. Requires
 * improvement or inadequate opens the quarter's improvement plan in the same transaction. Two
 * decisions at once: the rating's version lets one win (409).
 */
export const handler = httpHandler(decideContractRatingRoute, async ({ principal, params, body }) => {
  const contract = await contractFor(principal, params.contractId);
  const before = await ratingOr404(contract.id, params.period);
  if (before.version !== body.version) throw conflict();
  if (before.status === "confirmed")
    throw ruleBroken(`The rating for ${before.period} is already confirmed.`, "rating-confirmed");
  const at = now().toISOString();
  const opensPlan = needsImprovement(body.rating);
  const next: ContractRating = {
    ...before,
    rating: body.rating,
    status: "confirmed",
    confirmedAt: at,
    confirmedBy: partyOf(principal),
    reason: body.reason,
    planOpened: opensPlan,
    version: before.version + 1,
  };
  const plan: ImprovementPlan = {
    contractId: contract.id,
    contractReference: contract.reference,
    organisationId: contract.organisationId,
    period: before.period,
    rating: body.rating,
    status: "awaiting-actions",
    openedAt: at,
    actions: [],
    reviews: [],
    version: 1,
  };
  const words = ratingText[body.rating];
  await writeTransition([
    ratingPut(next, before),
    ...(opensPlan ? [planPut(plan, undefined)] : []),
    auditPut(principal, {
      entityType: "contract",
      entityId: contract.id,
      action: "contract-rating-confirmed",
      fromState: "proposed",
      toState: "confirmed",
      details: { period: before.period, rating: body.rating, proposedRating: before.proposedRating },
    }),
    ...(opensPlan
      ? [
          auditPut(principal, {
            entityType: "contract",
            entityId: contract.id,
            action: "improvement-plan-opened",
            toState: "awaiting-actions",
            details: { period: before.period },
          }),
        ]
      : []),
    ...(await notifyParties(contract, "provider", {
      title: `Contract ${contract.reference} rated "${words}" for ${before.period}`,
      body: opensPlan
        ? `The commissioner rated the quarter "${words}". Submit an improvement plan with your actions.`
        : `The commissioner rated the quarter "${words}". You may respond to the rating.`,
      href: contractHref(contract, "performance"),
    })),
  ]);
  return next;
});
