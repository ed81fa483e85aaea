import { httpHandler } from "../platform/http/handler.ts";
import { forbidden } from "../platform/http/problems.ts";
import { admittedOrganisation } from "./access.ts";
import { listOpportunities } from "./repository.ts";
import { listOpportunitiesRoute } from "./routes.ts";

/**
 * Commissioners list their regions' opportunities in any status; providers see only published ones in
 * the need areas and regions they were admitted for.
 */
export const handler = httpHandler(listOpportunitiesRoute, async ({ principal, query }) => {
  if (principal.role === "commissioner") {
    if (!principal.regions.includes(query.region)) throw forbidden("You do not commission in this region.");
    return listOpportunities({
      regionId: query.region,
      status: query.status,
      ...(query.needArea ? { needAreaIds: [query.needArea] } : {}),
      limit: query.limit,
      cursor: query.cursor,
    });
  }
  const organisation = await admittedOrganisation(principal);
  const needs = query.needArea
    ? organisation.needAreaIds.filter((n) => n === query.needArea)
    : organisation.needAreaIds;
  const published = query.status === "open" || query.status === "closed";
  if (!published || !organisation.regionIds.includes(query.region) || needs.length === 0)
    return { items: [] };
  return listOpportunities({
    regionId: query.region,
    status: query.status,
    needAreaIds: needs,
    limit: query.limit,
    cursor: query.cursor,
  });
});
