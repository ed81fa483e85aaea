import type { Principal } from "#shared/auth/principal.ts";
import type { Dashboard, DashboardContract, DashboardQuery } from "#shared/performance/dashboard.ts";
import { maxDashboardMonths } from "#shared/performance/dashboard.ts";
import { type AggregateRow, dashboardFigures, monthsBetween } from "#shared/performance/figures.ts";
import { findNeedArea, findRegion } from "#shared/reference/index.ts";
import { londonDate } from "#shared/time/index.ts";
import { now } from "../platform/clock.ts";
import { invalid, notFound } from "../platform/http/problems.ts";
import { type DashboardPartition, dashboardContracts, dashboardRows } from "./repository.ts";

const shiftMonth = (month: string, by: number) => {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const index = y * 12 + (m - 1) + by;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
};

/** The month range asked for, defaulting to the 12 months up to this one; 400 when it makes no sense. */
const monthRange = (query: DashboardQuery) => {
  const to = query.to ?? (query.from ? shiftMonth(query.from, 11) : londonDate(now()).slice(0, 7));
  const from = query.from ?? shiftMonth(to, -11);
  if (from > to)
    throw invalid([{ path: "query.from", message: "The start month must be on or before the end month" }]);
  const months = monthsBetween(from, to);
  if (months.length > maxDashboardMonths) {
    throw invalid([{ path: "query.from", message: `Choose at most ${maxDashboardMonths} months` }]);
  }
  return { from, to, months };
};

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
const unique = <T extends { id: string }>(items: T[]) => [...new Map(items.map((i) => [i.id, i])).values()];

/**
 * A dashboard as `principal` may see it: a commissioner's regions, or a provider's own contracts.
 * Reads one or two Queries per region (or one per provider) bounded by contracts × months, never
 * referrals. A filter naming something outside the caller's scope is 404, like any record not theirs.
 */
export const readDashboard = async (principal: Principal, query: DashboardQuery): Promise<Dashboard> => {
  const range = monthRange(query);
  let partitions: DashboardPartition[];
  let regionIds: string[];
  if (principal.role === "commissioner") {
    if (query.regionId && !principal.regions.includes(query.regionId)) throw notFound();
    regionIds = query.regionId ? [query.regionId] : principal.regions;
    partitions = regionIds.map((regionId) => ({ regionId }));
  } else if (principal.role === "provider" && principal.organisationId) {
    if (query.organisationId && query.organisationId !== principal.organisationId) throw notFound();
    partitions = [{ organisationId: principal.organisationId }];
    regionIds = [];
  } else throw notFound();

  const [contractLists, rowLists] = await Promise.all([
    Promise.all(partitions.map(dashboardContracts)),
    Promise.all(partitions.map((p) => dashboardRows(p, range.from, range.to))),
  ]);
  const allContracts: DashboardContract[] = unique(contractLists.flat());
  if (principal.role === "provider") regionIds = [...new Set(allContracts.flatMap((c) => c.regionIds))];
  if (query.regionId && !regionIds.includes(query.regionId)) throw notFound();

  const chosen = (c: DashboardContract) =>
    (!query.regionId || c.regionIds.includes(query.regionId)) &&
    (!query.organisationId || c.organisationId === query.organisationId) &&
    (!query.needAreaId || c.needAreaId === query.needAreaId) &&
    (!query.contractId || c.id === query.contractId);
  const contracts = allContracts.filter(chosen);
  if (query.contractId && contracts.length === 0) throw notFound();
  if (query.organisationId && !allContracts.some((c) => c.organisationId === query.organisationId)) {
    throw notFound();
  }
  const ids = new Set(contracts.map((c) => c.id));
  const rows: AggregateRow[] = rowLists
    .flat()
    .filter((r) => ids.has(r.contractId) && (!query.regionId || r.regionId === query.regionId));

  return {
    options: {
      regions: regionIds.map((id) => ({ id, name: findRegion(id)?.name ?? id })).sort(byName),
      providers: unique(allContracts.map((c) => ({ id: c.organisationId, name: c.organisationName }))).sort(
        byName,
      ),
      needAreas: unique(
        allContracts.map((c) => ({
          id: c.needAreaId,
          name: findNeedArea(c.needAreaId)?.name ?? c.needAreaId,
        })),
      ).sort(byName),
      contracts: allContracts.sort((a, b) => a.reference.localeCompare(b.reference)),
    },
    applied: { ...query, from: range.from, to: range.to },
    ...dashboardFigures(rows, contracts, range.months),
  };
};
