import { csvCell } from "../evaluation/csv.ts";
import type { Dashboard } from "./dashboard.ts";
import { resolveTarget, type Target, type TargetContext, targetStatus, targetStatusText } from "./targets.ts";

/**
 * The dashboard's tables, built once here so the page's tables, the charts drawn from them and the
 * CSV downloads show exactly the same rows and numbers.
 */

export const dashboardTableIds = ["months", "withdrawals", "outcomes", "capacity", "measures"] as const;
export type DashboardTableId = (typeof dashboardTableIds)[number];

export type Cell = string | number;

export interface DashboardTable {
  id: DashboardTableId;
  caption: string;
  columns: { key: string; header: string; numeric?: boolean }[];
  rows: { id: string; cells: Cell[] }[];
}

const monthNames = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** `2026-04` as "April 2026". */
export const monthLabel = (month: string): string => {
  const [year, m] = month.split("-");
  return `${monthNames[Number(m) - 1] ?? m} ${year}`;
};

/** A percentage for people ("73.5%"), or "" when there is nothing to divide by. */
export const percentText = (percent: number | undefined): string =>
  percent === undefined ? "" : `${percent}%`;

/** Which contract, need area and regions the dashboard's measures are judged for. */
export const measureContext = (dashboard: Dashboard, measureNeedAreaId?: string): TargetContext => {
  const { applied, options } = dashboard;
  const contract = options.contracts.find((c) => c.id === applied.contractId);
  return {
    contractId: applied.contractId,
    needAreaId: measureNeedAreaId ?? applied.needAreaId ?? contract?.needAreaId,
    regionIds: applied.regionId
      ? [applied.regionId]
      : (contract?.regionIds ?? options.regions.map((r) => r.id)),
  };
};

/** Each measure with its numbers, the target that applies and whether it is met. */
export const measuresWithTargets = (dashboard: Dashboard, targets: readonly Target[]) =>
  dashboard.measures.map((m) => {
    const target = resolveTarget(m.id, measureContext(dashboard, m.needAreaId), targets);
    const status = target ? targetStatus(m.percent, m.denominator, target.percent) : "no-data";
    return { ...m, target, status };
  });

/** One of the dashboard's tables. */
export function dashboardTable(
  dashboard: Dashboard,
  id: DashboardTableId,
  targets: readonly Target[],
): DashboardTable {
  switch (id) {
    case "months":
      return {
        id,
        caption: "Referrals by month",
        columns: [
          { key: "month", header: "Month" },
          { key: "received", header: "Received", numeric: true },
          { key: "assigned", header: "Assigned", numeric: true },
          { key: "completed", header: "Completed", numeric: true },
          { key: "withdrawn", header: "Withdrawn", numeric: true },
          { key: "attended", header: "Sessions attended", numeric: true },
          { key: "missed", header: "Sessions missed", numeric: true },
        ],
        rows: dashboard.months.map((m) => ({
          id: m.month,
          cells: [
            monthLabel(m.month),
            m.received,
            m.assigned,
            m.completed,
            m.withdrawn,
            m.sessionsAttended,
            m.sessionsMissed,
          ],
        })),
      };
    case "withdrawals":
      return {
        id,
        caption: "Withdrawals by reason",
        columns: [
          { key: "reason", header: "Reason" },
          { key: "count", header: "Withdrawals", numeric: true },
        ],
        rows: dashboard.withdrawalsByReason.map((w) => ({ id: w.reasonId, cells: [w.reason, w.count] })),
      };
    case "outcomes":
      return {
        id,
        caption: "Outcomes by need area",
        columns: [
          { key: "needArea", header: "Need area" },
          { key: "achieved", header: "Achieved", numeric: true },
          { key: "partially", header: "Partially achieved", numeric: true },
          { key: "not", header: "Not achieved", numeric: true },
        ],
        rows: dashboard.outcomesByNeedArea.map((o) => ({
          id: o.needAreaId,
          cells: [o.needArea, o.achieved, o.partiallyAchieved, o.notAchieved],
        })),
      };
    case "capacity":
      return {
        id,
        caption: "Capacity used against contracted",
        columns: [
          { key: "contract", header: "Contract" },
          { key: "provider", header: "Provider" },
          { key: "used", header: "Referrals received", numeric: true },
          { key: "contracted", header: "Contracted for the period", numeric: true },
          { key: "usedPercent", header: "Used", numeric: true },
        ],
        rows: dashboard.capacity.map((c) => ({
          id: c.contractId,
          cells: [c.reference, c.organisationName, c.used, c.contracted, percentText(c.usedPercent)],
        })),
      };
    case "measures":
      return {
        id,
        caption: "Measures against targets",
        columns: [
          { key: "measure", header: "Measure" },
          { key: "numerator", header: "Achieved", numeric: true },
          { key: "denominator", header: "Out of", numeric: true },
          { key: "percent", header: "Result", numeric: true },
          { key: "target", header: "Target", numeric: true },
          { key: "status", header: "Status" },
        ],
        rows: measuresWithTargets(dashboard, targets).map((m) => ({
          id: m.id,
          cells: [
            m.measure,
            m.numerator,
            m.denominator,
            percentText(m.percent),
            percentText(m.target?.percent),
            targetStatusText[m.status],
          ],
        })),
      };
  }
}

/** Rows as CSV text (CRLF, every cell quoted when needed and defused against spreadsheet formulas). */
export const csvText = (rows: readonly (readonly Cell[])[]): string =>
  rows.map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";

/** A dashboard table as CSV: its header row, then its rows exactly as the page shows them. */
export const dashboardTableCsv = (table: DashboardTable): string =>
  csvText([table.columns.map((c) => c.header), ...table.rows.map((r) => r.cells)]);
