import type { ContractRating } from "#shared/contracts/rating.ts";
import { now } from "../platform/clock.ts";
import { auditPut } from "../platform/data/audit.ts";
import { httpHandler } from "../platform/http/handler.ts";
import { conflict, notFound, ruleBroken } from "../platform/http/problems.ts";
import { contractHref, partyOf } from "./change-parties.ts";
import { contractFor, writeTransition } from "./management-repository.ts";
import { notifyParties } from "./notify.ts";
import { ratingOr404, ratingPut } from "./review-repository.ts";
import { respondToContractRatingRoute } from "./review-routes.ts";

/** The provider answers a confirmed rating, once (a proposal is the commissioner's until confirmed). */
export const handler = httpHandler(respondToContractRatingRoute, async ({ principal, params, body }) => {
  const contract = await contractFor(principal, params.contractId);
  const before = await ratingOr404(contract.id, params.period);
  if (before.status !== "confirmed") throw notFound("We could not find a rating for that quarter.");
  if (before.version !== body.version) throw conflict();
  if (before.response) throw ruleBroken("You have already responded to this rating.", "rating-responded");
  const next: ContractRating = {
    ...before,
    response: { text: body.text, by: partyOf(principal), at: now().toISOString() },
    version: before.version + 1,
  };
  await writeTransition([
    ratingPut(next, before),
    auditPut(principal, {
      entityType: "contract",
      entityId: contract.id,
      action: "contract-rating-response",
      details: { period: before.period },
    }),
    ...(await notifyParties(contract, "commissioners", {
      title: `Response to the ${before.period} rating of contract ${contract.reference}`,
      body: `${principal.name} responded to the rating.`,
      href: contractHref(contract, "performance"),
    })),
  ]);
  return next;
});
