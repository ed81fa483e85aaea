import * as z from "zod";
import type { ContractFilters } from "../../api/evaluation.ts";

/** The filters form: a region (commissioners with several) and the order, as the list's query takes them. */
export const contractFiltersSchema = z.object({
  region: z.string().max(64, "Select one of your regions"),
  order: z.enum(["oldest", "newest"], { message: "Sort by the oldest or the newest start date" }),
});
export type ContractFilterValues = z.infer<typeof contractFiltersSchema>;

/** Who is looking: a commissioner sees a region's contracts (their own regions only), a provider its own. */
export interface ContractsViewer {
  commissioner: boolean;
  regionIds: readonly string[];
}

/**
 * The list's filters from the address (its search params are the source of truth, so a filtered list can be
 * shared and Back works): a competition's contracts, or a page of a region's (default the first) or the
 * provider's, in the order asked.
 */
export function contractFilters(
  params: URLSearchParams,
  viewer: ContractsViewer,
  opportunityId: string | undefined,
): ContractFilters {
  if (opportunityId) return { opportunityId };
  const asked = params.get("region");
  return {
    region: viewer.commissioner
      ? asked && viewer.regionIds.includes(asked)
        ? asked
        : viewer.regionIds[0]
      : undefined,
    order: params.get("order") === "newest" ? "newest" : "oldest",
    cursor: params.get("cursor") ?? undefined,
  };
}

/** The filters form's values, from the filters in force. */
export const filterValues = (filters: ContractFilters): ContractFilterValues => ({
  region: filters.region ?? "",
  order: filters.order ?? "oldest",
});

/** The address's search params after applying the form: back to page one; providers have no region. */
export function filterParams(values: ContractFilterValues, viewer: ContractsViewer): Record<string, string> {
  return viewer.commissioner && values.region
    ? { region: values.region, order: values.order }
    : { order: values.order };
}

/** A link to another page of the same list (or its first page, with no cursor). */
export function contractsPageLink(filters: ContractFilters, extra: Record<string, string> = {}): string {
  const search = new URLSearchParams();
  if (filters.region) search.set("region", filters.region);
  if (filters.order) search.set("order", filters.order);
  for (const [k, v] of Object.entries(extra)) search.set(k, v);
  return `/contracts?${search.toString()}`;
}

/** The list's caption and what it says when empty. */
export function contractsCaption(
  viewer: ContractsViewer,
  opportunityId: string | undefined,
  regionName: string | undefined,
): { caption: string; empty: string } {
  const caption = opportunityId
    ? "Contracts of this competition"
    : regionName
      ? `Contracts in ${regionName}`
      : "Your contracts";
  const empty =
    viewer.commissioner && !opportunityId
      ? "There are no contracts in this region yet. Contracts appear here once a competition's standstill period ends and its contracts are created."
      : "There are no contracts yet.";
  return { caption, empty };
}
