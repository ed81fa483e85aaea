import { httpHandler } from "../platform/http/handler.ts";
import { notFound } from "../platform/http/problems.ts";
import { findIntervention } from "./repository.ts";
import { getInterventionRoute } from "./routes.ts";

/**
 * A live intervention (of a created contract), as the catalogue shows it to everyone who refers or
 * commissions. Its provider may read its own; another provider may not read a competitor's offer and
 * price, so for them it does not exist (404). It never holds personal data.
 */
export const handler = httpHandler(getInterventionRoute, async ({ principal, params }) => {
  const intervention = await findIntervention(params.interventionId);
  if (!intervention) throw notFound();
  if (principal.role === "provider" && intervention.organisationId !== principal.organisationId)
    throw notFound();
  return intervention;
});
