import { useQuery } from "@tanstack/react-query";
import type { Dashboard } from "#shared/performance/dashboard.ts";
import type { DashboardTableId } from "#shared/performance/tables.ts";
import type { SetTarget, Target, Targets } from "#shared/performance/targets.ts";
import { useSession } from "../auth/use-session.ts";
import { apiFetch, downloadFile } from "./client.ts";

/** The dashboard filters the page keeps in its URL, in the order the form shows them. */
export const dashboardFilterNames = [
  "regionId",
  "organisationId",
  "needAreaId",
  "contractId",
  "from",
  "to",
] as const;

/** Only the dashboard's filters from a URL's search params (blank ones left out). */
export const dashboardFilters = (params: URLSearchParams): URLSearchParams =>
  new URLSearchParams(
    dashboardFilterNames.flatMap((name) => {
      const value = params.get(name);
      return value ? [[name, value] as [string, string]] : [];
    }),
  );

export const performanceKeys = {
  dashboard: (filters: string) => ["performance", "dashboard", filters] as const,
  targets: ["performance", "targets"] as const,
};

/** `GET /api/performance/dashboard` with the filters given. */
export function useDashboard(filters: URLSearchParams) {
  const signedIn = useSession() !== null;
  const query = filters.toString();
  return useQuery<Dashboard, Error>({
    queryKey: performanceKeys.dashboard(query),
    queryFn: ({ signal }) =>
      apiFetch<Dashboard>(`/api/performance/dashboard${query ? `?${query}` : ""}`, { signal }),
    enabled: signedIn,
    // A 400 or 404 is the answer, not a blip.
    retry: false,
  });
}

/** `GET /api/performance/targets`: the defaults and the targets the user may see. */
export function useTargets() {
  const signedIn = useSession() !== null;
  return useQuery<Targets, Error>({
    queryKey: performanceKeys.targets,
    queryFn: ({ signal }) => apiFetch<Targets>("/api/performance/targets", { signal }),
    enabled: signedIn,
  });
}

/** `PUT /api/performance/targets`. */
export const setTarget = (input: SetTarget): Promise<Target> =>
  apiFetch<Target>("/api/performance/targets", { method: "PUT", body: input });

/** Downloads one dashboard table as CSV, with the page's filters. */
export const downloadDashboardTable = (table: DashboardTableId, filters: URLSearchParams) => {
  const query = new URLSearchParams(filters);
  query.set("table", table);
  return downloadFile(`/api/performance/dashboard/export?${query.toString()}`, `performance-${table}.csv`);
};

/** Downloads a contract's monthly report as CSV. */
export const downloadContractReport = (contractId: string, reference: string, month: string) =>
  downloadFile(
    `/api/performance/contracts/${encodeURIComponent(contractId)}/report?month=${month}`,
    `contract-report-${reference}-${month}.csv`,
  );
