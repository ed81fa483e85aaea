import type { Me } from "#shared/accounts/me.ts";
import { type OpportunityStatus, opportunityStatusSchema } from "#shared/opportunities/opportunity.ts";
import type { OpportunityFilters } from "../../api/opportunities.ts";

/** What the opportunities page shows a person: a list (with which filters), or why they have none. */
export type OpportunitiesView =
  | {
      kind: "list";
      regions: readonly string[];
      statuses: readonly OpportunityStatus[];
      withNeedArea: boolean;
    }
  | { kind: "not-admitted" };

/** Commissioners see their regions in any status; an admitted provider the open and closed ones it may bid for. */
export function opportunitiesView(me: Me): OpportunitiesView {
  if (me.user.role === "commissioner")
    return {
      kind: "list",
      regions: me.user.regions,
      statuses: opportunityStatusSchema.options,
      withNeedArea: true,
    };
  const organisation = me.organisation;
  if (organisation?.frameworkStatus !== "admitted") return { kind: "not-admitted" };
  return {
    kind: "list",
    regions: organisation.regionIds,
    statuses: ["open", "closed"],
    // Choosing among one need area is no choice.
    withNeedArea: organisation.needAreaIds.length > 1,
  };
}

/** The list's filters from the address, with the defaults for someone who has not chosen yet. */
export function filtersFrom(
  params: URLSearchParams,
  regions: readonly string[],
  statuses: readonly OpportunityStatus[],
): OpportunityFilters {
  const region = params.get("region");
  const status = opportunityStatusSchema.safeParse(params.get("status"));
  return {
    region: region && regions.includes(region) ? region : (regions[0] ?? ""),
    status: status.success && statuses.includes(status.data) ? status.data : "open",
    needArea: params.get("needArea") || undefined,
    cursor: params.get("cursor") || undefined,
  };
}

/** The filter form's values as the address's search (a new search starts at the first page). */
export function searchFor(next: {
  region: string;
  status: string;
  needArea: string;
}): Record<string, string> {
  return {
    region: next.region,
    status: next.status,
    ...(next.needArea ? { needArea: next.needArea } : {}),
  };
}

/** The address of the next page of the same list. */
export function nextPageHref(filters: OpportunityFilters, cursor: string): string {
  const params = new URLSearchParams({ region: filters.region, status: filters.status });
  if (filters.needArea) params.set("needArea", filters.needArea);
  params.set("cursor", cursor);
  return `/opportunities?${params.toString()}`;
}
