import { londonDate } from "#shared/time/index.ts";
import { now } from "../platform/clock.ts";
import { httpHandler } from "../platform/http/handler.ts";
import { notFound } from "../platform/http/problems.ts";
import { maySeeContract } from "./access.ts";
import { findContract, interventionReferralCounts } from "./repository.ts";
import { getContractCapacityRoute } from "./routes.ts";

/**
 * A contract's capacity and the places used this year: the same per-intervention counts the catalogue
 * reads (kept from the stream, ADR 0017), so both parties and officers see one figure.
 */
export const handler = httpHandler(getContractCapacityRoute, async ({ principal, params }) => {
  const contract = await findContract(params.contractId);
  if (!contract || !maySeeContract(principal, contract)) throw notFound();
  const year = londonDate(now()).slice(0, 4);
  const counts = await interventionReferralCounts(
    contract.interventions.map((i) => i.id),
    year,
  );
  const interventions = contract.interventions.map((i) => ({
    interventionId: i.id,
    tierId: i.tierId,
    title: i.title,
    capacityPerYear: i.capacityPerYear,
    used: counts.get(i.id) ?? 0,
  }));
  return {
    year,
    capacityPerYear: interventions.reduce((sum, i) => sum + i.capacityPerYear, 0),
    used: interventions.reduce((sum, i) => sum + i.used, 0),
    interventions,
  };
});
