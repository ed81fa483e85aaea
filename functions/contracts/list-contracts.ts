import { commissionedOpportunity } from "../opportunities/index.ts";
import { httpHandler } from "../platform/http/handler.ts";
import { forbidden } from "../platform/http/problems.ts";
import { listContracts } from "./repository.ts";
import { listContractsRoute } from "./routes.ts";

/**
 * A provider's own contracts; for commissioners an opportunity's contracts, or else their region's
 * (the region asked for, by default their first) through the region's listing entries.
 */
export const handler = httpHandler(listContractsRoute, async ({ principal, query }) => {
  const newestFirst = query.order === "newest";
  if (principal.role === "provider") {
    return listContracts(
      { organisationId: principal.organisationId ?? "" },
      query.limit,
      query.cursor,
      newestFirst,
    );
  }
  if (query.opportunityId) {
    const opportunity = await commissionedOpportunity(principal, query.opportunityId);
    return listContracts({ opportunityId: opportunity.id }, query.limit, query.cursor, newestFirst);
  }
  const regionId = query.region ?? principal.regions[0];
  if (!regionId || !principal.regions.includes(regionId)) {
    throw forbidden("You can list the contracts of your own regions only.");
  }
  return listContracts({ regionId }, query.limit, query.cursor, newestFirst);
});
