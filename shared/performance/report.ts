import type { Dashboard, DashboardContract, DurationSummary } from "./dashboard.ts";
import { type Cell, csvText, measuresWithTargets, monthLabel, percentText } from "./tables.ts";
import { type Target, targetStatusText } from "./targets.ts";

/** The first month of the financial year (April to March) that `month` falls in. */
export const financialYearStart = (month: string): string => {
  const [year, m] = month.split("-").map(Number) as [number, number];
  return `${m >= 4 ? year : year - 1}-04`;
};

const days = (d: DurationSummary, which: "medianDays" | "p90Days") =>
  d[which] === undefined ? "" : `${d[which]}${d.capped && d[which] === 60 ? " or more" : ""}`;

const figures = (d: Dashboard): [string, Cell][] => {
  const t = d.totals;
  const capacity = d.capacity[0];
  return [
    ["Referrals received", t.received],
    ["Referrals assigned", t.assigned],
    ["Assigned", percentText(t.assignedPercent)],
    ["Median working days to first contact", days(t.firstContact, "medianDays")],
    ["90th percentile working days to first contact", days(t.firstContact, "p90Days")],
    [
      `First contact within ${t.firstContact.slaDays} working days`,
      percentText(t.firstContact.withinSlaPercent),
    ],
    ["Median working days to initial assessment", days(t.assessment, "medianDays")],
    ["90th percentile working days to initial assessment", days(t.assessment, "p90Days")],
    [
      `Initial assessment within ${t.assessment.slaDays} working days`,
      percentText(t.assessment.withinSlaPercent),
    ],
    ["Sessions attended (including late)", t.attendance.attended + t.attendance.late],
    ["Sessions missed", t.attendance.missed],
    ["Attendance rate", percentText(t.attendance.ratePercent)],
    ["Referrals completed", t.completion.completed],
    ["Referrals withdrawn", t.completion.withdrawn],
    ["Completion rate", percentText(t.completion.ratePercent)],
    ["Concerns raised", t.concerns],
    ["Capacity contracted for the period", capacity?.contracted ?? 0],
    ["Capacity used", percentText(capacity?.usedPercent)],
  ];
};

/**
 * A commissioner's monthly report on one contract: its figures for the month and for the financial
 * year to date, then each measure against its target (judged on the year to date).
 */
export function contractReportCsv(
  contract: DashboardContract,
  month: string,
  monthly: Dashboard,
  yearToDate: Dashboard,
  targets: readonly Target[],
): string {
  const ytdLabel = `${monthLabel(financialYearStart(month))} to ${monthLabel(month)}`;
  const monthFigures = figures(monthly);
  const ytdFigures = figures(yearToDate);
  const monthMeasures = measuresWithTargets(monthly, targets);
  const rows: Cell[][] = [
    ["Contract", contract.reference],
    ["Provider", contract.organisationName],
    ["Report month", monthLabel(month)],
    ["Year to date", ytdLabel],
    [],
    ["Figure", monthLabel(month), ytdLabel, "Target", "Status (year to date)"],
    ...monthFigures.map(([name, value], i) => [name, value, ytdFigures[i]?.[1] ?? "", "", ""]),
    ...measuresWithTargets(yearToDate, targets).map((m, i) => [
      m.measure,
      percentText(monthMeasures[i]?.percent),
      percentText(m.percent),
      percentText(m.target?.percent),
      targetStatusText[m.status],
    ]),
  ];
  return csvText(rows);
}
