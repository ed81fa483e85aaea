import { commissionedOpportunity } from "../opportunities/index.ts";
import { httpHandler } from "../platform/http/handler.ts";
import { forbidden } from "../platform/http/problems.ts";
import { listContractPage } from "./contract-list.ts";
import { listContracts } from "./repository.ts";
import { listContractsRoute } from "./routes.ts";

/**
 * A provider's own contracts; for commissioners an opportunity's contracts, or else their region's
 * (the region asked for, by default their first). Filtered by status, need area, region and ending
 * within 90 days, sorted by start or end date, paged.
 */
export const handler = httpHandler(listContractsRoute, async ({ principal, query }) => {
  const filter = {
    status: query.status,
    needAreaId: query.needArea,
    endingWithin90Days: query.ending === "within-90-days",
    order: query.order,
  };
  if (principal.role === "provider") {
    return listContractPage(
      { ...filter, scope: { organisationId: principal.organisationId ?? "" }, regionId: query.region },
      query.limit,
      query.cursor,
    );
  }
  if (query.opportunityId) {
    const opportunity = await commissionedOpportunity(principal, query.opportunityId);
    return listContracts(
      { opportunityId: opportunity.id },
      query.limit,
      query.cursor,
      query.order === "newest",
    );
  }
  const regionId = query.region ?? principal.regions[0];
  if (!regionId || !principal.regions.includes(regionId)) {
    throw forbidden("You can list the contracts of your own regions only.");
  }
  return listContractPage({ ...filter, scope: { regionId } }, query.limit, query.cursor);
});
