import { listCommissioners } from "../accounts/index.ts";
import { commissionedOpportunity } from "../opportunities/index.ts";
import { httpHandler } from "../platform/http/handler.ts";
import { requireLead } from "./access.ts";
import { listPanelCandidatesRoute } from "./routes.ts";

/** Commissioners who cover any of the opportunity's regions, each once, by name. */
export const handler = httpHandler(listPanelCandidatesRoute, async ({ principal, params }) => {
  const opportunity = await commissionedOpportunity(principal, params.opportunityId);
  requireLead(principal, opportunity);
  const found = (await Promise.all(opportunity.regionIds.map(listCommissioners))).flat();
  const unique = found.filter((c, i) => found.findIndex((o) => o.userId === c.userId) === i);
  return { items: unique.sort((a, b) => a.name.localeCompare(b.name)) };
});
