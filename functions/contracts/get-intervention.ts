import { httpHandler } from "../platform/http/handler.ts";
import { notFound } from "../platform/http/problems.ts";
import { findIntervention } from "./repository.ts";
import { getInterventionRoute } from "./routes.ts";

/**
 * A live intervention: published in the catalogue to everyone who refers, delivers or commissions, so
 * any signed-in role may read it. It holds the contract's offer and price, never personal data.
 */
export const handler = httpHandler(getInterventionRoute, async ({ params }) => {
  const intervention = await findIntervention(params.interventionId);
  if (!intervention) throw notFound();
  return intervention;
});
