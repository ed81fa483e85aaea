import { isLive } from "#shared/catalogue/catalogue.ts";
import { londonDate } from "#shared/time/index.ts";
import { now } from "../platform/clock.ts";
import { httpHandler } from "../platform/http/handler.ts";
import { notFound } from "../platform/http/problems.ts";
import { findIntervention } from "./repository.ts";
import { getInterventionRoute } from "./routes.ts";

/**
 * A live intervention, as the catalogue shows it to everyone who refers or commissions. Its provider
 * may read its own; another provider may not read a competitor's offer and price (404). One that is not
 * live yet (or any more) is its provider's and its regions' commissioners' only.
 */
export const handler = httpHandler(getInterventionRoute, async ({ principal, params }) => {
  const intervention = await findIntervention(params.interventionId);
  if (!intervention) throw notFound();
  const mayRead =
    principal.role === "provider"
      ? intervention.organisationId === principal.organisationId
      : isLive(intervention, londonDate(now())) ||
        (principal.role === "commissioner" &&
          intervention.regionIds.some((r) => principal.regions.includes(r)));
  if (!mayRead) throw notFound();
  return intervention;
});
