import { commissionedOpportunity } from "../opportunities/access.ts";
import { httpHandler } from "../platform/http/handler.ts";
import { invalid } from "../platform/http/problems.ts";
import { listContracts } from "./repository.ts";
import { listContractsRoute } from "./routes.ts";

/** A provider's own contracts, or (commissioners) the contracts of an opportunity in their regions. */
export const handler = httpHandler(listContractsRoute, async ({ principal, query }) => {
  if (principal.role === "provider") {
    return listContracts({ organisationId: principal.organisationId ?? "" }, query.limit, query.cursor);
  }
  if (!query.opportunityId) {
    throw invalid([{ path: "query.opportunityId", message: "Say which opportunity's contracts to list" }]);
  }
  const opportunity = await commissionedOpportunity(principal, query.opportunityId);
  return listContracts({ opportunityId: opportunity.id }, query.limit, query.cursor);
});
