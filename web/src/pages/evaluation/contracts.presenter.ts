import * as z from "zod";
import type { ContractFilters } from "../../api/evaluation.ts";

const orders = ["oldest", "newest", "ending-soonest", "ending-latest"] as const;
const statuses = ["live", "terminated", "expired"] as const;

/** The filters form, as the list's query takes them; an empty choice means "any". */
export const contractFiltersSchema = z.object({
  region: z.string().max(64, "Select a region"),
  status: z.enum(["", ...statuses], { message: "Choose live, terminated or expired contracts" }),
  needArea: z.string().max(64, "Select a need area"),
  ending: z.array(z.enum(["within-90-days"], { message: "Choose contracts ending within 90 days" })).max(1),
  order: z.enum(orders, { message: "Sort by the start date or the end date" }),
});
export type ContractFilterValues = z.infer<typeof contractFiltersSchema>;

/** Who is looking: a commissioner sees a region's contracts (their own regions only), a provider its own. */
export interface ContractsViewer {
  commissioner: boolean;
  regionIds: readonly string[];
}

const oneOf = <T extends string>(options: readonly T[], value: string | null): T | undefined =>
  options.find((o) => o === value);
const short = (value: string | null) => (value && value.length <= 64 ? value : undefined);

/**
 * The list's filters from the address (its search params are the source of truth, so a filtered list can be
 * shared and Back works): a competition's contracts, or a page of a region's (default the first) or the
 * provider's (any region, or one), filtered by status, need area and ending within 90 days, in the order asked.
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
      : short(asked),
    status: oneOf(statuses, params.get("status")),
    needArea: short(params.get("needArea")),
    ending: oneOf(["within-90-days"] as const, params.get("ending")),
    order: oneOf(orders, params.get("order")) ?? "oldest",
    cursor: params.get("cursor") ?? undefined,
  };
}

/** The filters form's values, from the filters in force. */
export const filterValues = (filters: ContractFilters): ContractFilterValues => ({
  region: filters.region ?? "",
  status: filters.status ?? "",
  needArea: filters.needArea ?? "",
  ending: filters.ending ? [filters.ending] : [],
  order: filters.order ?? "oldest",
});

/** The address's search params after applying the form: back to page one, with only the filters chosen. */
export function filterParams(values: ContractFilterValues, _viewer: ContractsViewer): Record<string, string> {
  const params: Record<string, string> = {};
  if (values.region) params.region = values.region;
  if (values.status) params.status = values.status;
  if (values.needArea) params.needArea = values.needArea;
  if (values.ending.length) params.ending = "within-90-days";
  params.order = values.order;
  return params;
}

/** A link to another page of the same list (or its first page, with no cursor). */
export function contractsPageLink(filters: ContractFilters, extra: Record<string, string> = {}): string {
  const search = new URLSearchParams();
  for (const name of ["region", "status", "needArea", "ending", "order"] as const) {
    const value = filters[name];
    if (value) search.set(name, value);
  }
  for (const [k, v] of Object.entries(extra)) search.set(k, v);
  return `/contracts?${search.toString()}`;
}

/** Which date column the list is sorted by, for the table's `aria-sort`: ending within 90 days is by end date. */
export function sortedColumn(filters: ContractFilters): {
  column: "starts" | "ends";
  direction: "ascending" | "descending";
} {
  const byEnd = filters.ending !== undefined || filters.order?.startsWith("ending");
  const descending = filters.order === "newest" || filters.order === "ending-latest";
  return { column: byEnd ? "ends" : "starts", direction: descending ? "descending" : "ascending" };
}

/** Whether any filter narrows the list (its empty message then says none match, not none exist). */
export const isFiltered = (f: ContractFilters) => Boolean(f.status || f.needArea || f.ending);

/** The list's caption and what it says when empty. */
export function contractsCaption(
  viewer: ContractsViewer,
  opportunityId: string | undefined,
  regionName: string | undefined,
  filtered = false,
): { caption: string; empty: string } {
  const caption = opportunityId
    ? "Contracts of this competition"
    : regionName
      ? viewer.commissioner
        ? `Contracts in ${regionName}`
        : `Your contracts in ${regionName}`
      : "Your contracts";
  const empty = filtered
    ? "No contracts match these filters. Change or clear the filters to see more."
    : viewer.commissioner && !opportunityId
      ? "There are no contracts in this region yet. Contracts appear here once a competition's standstill period ends and its contracts are created."
      : "There are no contracts yet.";
  return { caption, empty };
}
