import type { Me } from "#shared/accounts/me.ts";
import type { CataloguePage as Results } from "#shared/catalogue/catalogue.ts";
import { countOf } from "../../components/page/LiveStatus.tsx";

/** The catalogue's filters as typed: each a select's value ("" for any), young adults as a checkbox. */
export interface CatalogueFilters {
  needArea: string;
  pdu: string;
  tier: string;
  sex: string;
  setting: string;
  youngAdults: string[];
}

/** The filters as the URL has them; the person's own PDU until they choose another. */
export const filtersFromUrl = (params: URLSearchParams, me: Pick<Me, "user">): CatalogueFilters => ({
  needArea: params.get("needArea") ?? "",
  pdu: params.get("pdu") ?? me.user.pdu ?? "",
  tier: params.get("tier") ?? "",
  sex: params.get("sex") ?? "",
  setting: params.get("setting") ?? "",
  youngAdults: params.get("youngAdults") === "true" ? ["true"] : [],
});

/** The filters as the search's query (and the URL's search params): the ones chosen, nothing for "any". */
export const catalogueParams = ({ youngAdults, ...filters }: CatalogueFilters): Record<string, string> => ({
  ...Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== "")),
  ...(youngAdults.length ? { youngAdults: "true" } : {}),
});

/** Whether the URL holds a search to run: a need area and a place. */
export const searchChosen = (params: URLSearchParams): boolean =>
  Boolean(params.get("needArea") && (params.get("pdu") || params.get("region")));

/** What the search found, in one status line announced each time the results change. */
export function resultsStatus(search: { isPending: boolean; isError: boolean; data?: Results }): string {
  if (search.isPending) return "Loading interventions…";
  if (search.isError || !search.data || search.data.signpost?.length) return "";
  const count = search.data.items.length;
  return count === 0
    ? "No live interventions match these filters."
    : `Showing ${countOf(count, "intervention")}`;
}
