import type { Principal } from "#shared/auth/principal.ts";
import type { Contract } from "#shared/contracts/contract.ts";
import {
  type ContractRating,
  proposeRating,
  quarterMonths,
  quarterOf,
  ratingRule,
  ratingText,
} from "#shared/contracts/rating.ts";
import { londonDate } from "#shared/time/index.ts";
import { contractMeasures } from "../performance/index.ts";
import { now } from "../platform/clock.ts";
import { auditPut } from "../platform/data/audit.ts";
import { ruleBroken } from "../platform/http/problems.ts";
import { contractHref } from "./change-parties.ts";
import { writeTransition } from "./management-repository.ts";
import { notifyParties } from "./notify.ts";
import { findRating, ratingPut } from "./review-repository.ts";

/**
 * Proposes a quarter's rating from the contract's measures against its targets (the rule in
 * shared/contracts/rating.ts). A proposal not yet confirmed is refreshed with the latest figures; a
 * confirmed one never changes here. Throws 422 when the quarter cannot be rated, and 409 when someone
 * else proposed or confirmed it meanwhile.
 */
export const proposeFor = async (
  contract: Contract,
  period: string,
  actor: Principal,
): Promise<ContractRating> => {
  const months = quarterMonths(period);
  if (period > quarterOf(londonDate(now())))
    throw ruleBroken(`The quarter ${period} has not started yet, so it cannot be rated.`, "rating-future");
  if (months[2]! < contract.startDate.slice(0, 7))
    throw ruleBroken(
      `The contract started after ${period}, so that quarter cannot be rated.`,
      "rating-before-start",
    );
  const before = await findRating(contract.id, period);
  if (before?.status === "confirmed")
    throw ruleBroken(`The rating for ${period} is already confirmed.`, "rating-confirmed");
  const measures = await contractMeasures(contract, months);
  const rating = proposeRating(measures);
  if (!rating)
    throw ruleBroken(
      `No referral under this contract reached a measure in ${period}, so there is nothing to rate yet.`,
      "rating-no-data",
    );
  const next: ContractRating = {
    contractId: contract.id,
    contractReference: contract.reference,
    organisationId: contract.organisationId,
    period,
    rating,
    proposedRating: rating,
    rule: ratingRule,
    status: "proposed",
    proposedAt: now().toISOString(),
    measures,
    version: (before?.version ?? 0) + 1,
  };
  await writeTransition([
    ratingPut(next, before),
    auditPut(actor, {
      entityType: "contract",
      entityId: contract.id,
      action: "contract-rating-proposed",
      toState: "proposed",
      details: { period, rating },
    }),
    ...(await notifyParties(
      contract,
      "commissioners",
      {
        title: `Rating proposed for ${period} on contract ${contract.reference}`,
        body: `The portal proposes "${ratingText[rating]}" from the quarter's figures. Confirm it or change it with a reason.`,
        href: contractHref(contract, "performance"),
      },
      actor.userId,
    )),
  ]);
  return next;
};
