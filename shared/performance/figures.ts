import { needAreas as allNeedAreas } from "../reference/need-areas.ts";
import { performanceTargets } from "../reference/performance-targets.ts";
import { withdrawalReasons } from "../reference/withdrawal-reasons.ts";
import { slaWorkingDays } from "../referrals/sla.ts";
import { durationCap } from "./contribution.ts";
import type { Dashboard, DashboardContract, DurationSummary } from "./dashboard.ts";
import { histogramPercentile, percentOf } from "./percentiles.ts";

/** One stored aggregate: a contract's counts for one region and month. */
export interface AggregateRow {
  contractId: string;
  organisationId: string;
  regionId: string;
  needAreaId: string;
  month: string;
  counters: Record<string, number>;
}

/** Every month from `from` to `to` inclusive (`YYYY-MM`). */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = from.split("-").map(Number) as [number, number];
  const [ty, tm] = to.split("-").map(Number) as [number, number];
  while (y < ty || (y === ty && m <= tm)) {
    out.push(`${y}-${String(m).padStart(2, "0")}`);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}

const sum = (rows: AggregateRow[], name: string) => rows.reduce((n, r) => n + (r.counters[name] ?? 0), 0);
const sumPrefix = (rows: AggregateRow[], prefix: string) =>
  rows.reduce(
    (n, r) => n + Object.entries(r.counters).reduce((m, [k, v]) => (k.startsWith(prefix) ? m + v : m), 0),
    0,
  );

const duration = (rows: AggregateRow[], prefix: string, slaDays: number): DurationSummary => {
  const histogram = new Map<number, number>();
  for (const row of rows) {
    for (const [name, n] of Object.entries(row.counters)) {
      if (!name.startsWith(prefix) || n === 0) continue;
      const days = Number(name.slice(prefix.length));
      histogram.set(days, (histogram.get(days) ?? 0) + n);
    }
  }
  const count = [...histogram.values()].reduce((a, b) => a + b, 0);
  const withinSla = [...histogram].reduce((n, [days, c]) => (days <= slaDays ? n + c : n), 0);
  const medianDays = histogramPercentile(histogram, 50);
  const p90Days = histogramPercentile(histogram, 90);
  return {
    count,
    ...(medianDays === undefined ? {} : { medianDays }),
    ...(p90Days === undefined ? {} : { p90Days }),
    capped: medianDays === durationCap || p90Days === durationCap,
    slaDays,
    withinSla,
    ...(count > 0 ? { withinSlaPercent: percentOf(withinSla, count) } : {}),
  };
};

const monthsOfContract = (c: DashboardContract, months: string[]) =>
  months.filter((m) => m >= c.startDate.slice(0, 7) && m <= c.endDate.slice(0, 7)).length;

/** The dashboard's figures from the aggregates of the contracts in scope over `months`. */
export function dashboardFigures(
  rows: AggregateRow[],
  contracts: DashboardContract[],
  months: string[],
): Omit<Dashboard, "options" | "applied"> {
  const inRange = rows.filter((r) => months.includes(r.month));
  const byMonth = (m: string) => inRange.filter((r) => r.month === m);
  const received = sum(inRange, "received");
  const assigned = sum(inRange, "assigned");
  const attended = sum(inRange, "att-attended");
  const late = sum(inRange, "att-late");
  const missed = sum(inRange, "att-did-not-attend");
  const completed = sum(inRange, "completed");
  const withdrawn = sumPrefix(inRange, "wd-");
  const needAreas = [...new Set(inRange.map((r) => r.needAreaId))].sort();
  return {
    months: months.map((month) => {
      const rs = byMonth(month);
      return {
        month,
        received: sum(rs, "received"),
        assigned: sum(rs, "assigned"),
        completed: sum(rs, "completed"),
        withdrawn: sumPrefix(rs, "wd-"),
        sessionsAttended: sum(rs, "att-attended") + sum(rs, "att-late"),
        sessionsMissed: sum(rs, "att-did-not-attend"),
      };
    }),
    totals: {
      received,
      assigned,
      ...(received > 0 ? { assignedPercent: percentOf(assigned, received) } : {}),
      firstContact: duration(inRange, "fc-", slaWorkingDays.firstContact),
      assessment: duration(inRange, "ia-", slaWorkingDays.initialAssessment),
      attendance: {
        attended,
        late,
        missed,
        recorded: attended + late + missed,
        ...(attended + late + missed > 0
          ? { ratePercent: percentOf(attended + late, attended + late + missed) }
          : {}),
      },
      completion: {
        completed,
        withdrawn,
        ended: completed + withdrawn,
        ...(completed + withdrawn > 0 ? { ratePercent: percentOf(completed, completed + withdrawn) } : {}),
      },
      concerns: sum(inRange, "concern"),
    },
    withdrawalsByReason: withdrawalReasons
      .map((reason) => ({ reasonId: reason.id, reason: reason.name, count: sum(inRange, `wd-${reason.id}`) }))
      .filter((r) => r.count > 0),
    outcomesByNeedArea: needAreas.map((needAreaId) => {
      const rs = inRange.filter((r) => r.needAreaId === needAreaId);
      return {
        needAreaId,
        needArea: allNeedAreas.find((n) => n.id === needAreaId)?.name ?? needAreaId,
        achieved: sum(rs, "out-achieved"),
        partiallyAchieved: sum(rs, "out-partially-achieved"),
        notAchieved: sum(rs, "out-not-achieved"),
      };
    }),
    capacity: contracts.map((c) => {
      const contracted = Math.round((c.capacityPerYear * monthsOfContract(c, months)) / 12);
      const used = sum(
        inRange.filter((r) => r.contractId === c.id),
        "received",
      );
      return {
        contractId: c.id,
        reference: c.reference,
        organisationName: c.organisationName,
        contracted,
        used,
        ...(contracted > 0 ? { usedPercent: percentOf(used, contracted) } : {}),
      };
    }),
    measures: performanceTargets.map((target) => {
      if (!target.needAreaId) {
        return {
          id: target.id,
          measure: target.measure,
          numerator: completed,
          denominator: completed + withdrawn,
          ...(completed + withdrawn > 0 ? { percent: percentOf(completed, completed + withdrawn) } : {}),
        };
      }
      const rs = inRange.filter((r) => r.needAreaId === target.needAreaId);
      const reports = sum(rs, "report");
      const met = sum(rs, "headline");
      return {
        id: target.id,
        measure: target.measure,
        needAreaId: target.needAreaId,
        numerator: met,
        denominator: reports,
        ...(reports > 0 ? { percent: percentOf(met, reports) } : {}),
      };
    }),
  };
}
