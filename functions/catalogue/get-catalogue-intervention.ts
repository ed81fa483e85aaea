import { isLive } from "#shared/catalogue/catalogue.ts";
import { londonDate } from "#shared/time/index.ts";
import { now } from "../platform/clock.ts";
import { httpHandler } from "../platform/http/handler.ts";
import { notFound } from "../platform/http/problems.ts";
import { contractTiers, findIntervention, referralCounts, withCapacity } from "./repository.ts";
import { getCatalogueInterventionRoute } from "./routes.ts";

/** One live intervention with its capacity; one that is not live (or does not exist) is not found. */
export const handler = httpHandler(getCatalogueInterventionRoute, async ({ params }) => {
  const today = londonDate(now());
  const intervention = await findIntervention(params.interventionId);
  if (!intervention || !isLive(intervention, today)) throw notFound("There is no live intervention here.");
  const counts = await referralCounts([intervention.id], today.slice(0, 4));
  return {
    ...withCapacity(intervention, counts.get(intervention.id) ?? 0),
    contractTiers: await contractTiers(intervention.contractId),
  };
});
