import "../../styles/charts.scss";
import { useState } from "react";
import type { Dashboard, DurationSummary } from "#shared/performance/dashboard.ts";
import {
  type DashboardTable,
  type DashboardTableId,
  dashboardTable,
  monthLabel,
} from "#shared/performance/tables.ts";
import { type Target, type TargetStatus, targetStatusText } from "#shared/performance/targets.ts";
import { downloadDashboardTable } from "../../api/performance.ts";
import { ErrorMessage, SummaryList, Table, Tag, type TagColour } from "../../components/govuk/index.ts";
import { BarChart, type ChartSeries } from "./BarChart.tsx";
import { ColumnChart } from "./ColumnChart.tsx";
import { chartView } from "./dashboard.presenter.ts";

const percent = (value: number | undefined) => (value === undefined ? "No data yet" : `${value}%`);

const days = (d: DurationSummary, which: "medianDays" | "p90Days") =>
  d[which] === undefined ? "none yet" : `${d[which]}${d.capped && d[which] === 60 ? " or more" : ""}`;

/** A duration figure in words: median, 90th percentile and the share within the SLA. */
const durationText = (d: DurationSummary) =>
  d.count === 0
    ? "No data yet"
    : `Median ${days(d, "medianDays")} working days, 90th percentile ${days(d, "p90Days")}; ` +
      `${d.withinSlaPercent ?? 0}% within ${d.slaDays} working days (${d.withinSla} of ${d.count})`;

/** The headline figures for the filters chosen. */
export function Headlines({ dashboard }: { dashboard: Dashboard }) {
  const t = dashboard.totals;
  return (
    <section className="app-figure" aria-labelledby="headlines-heading">
      <h2 className="govuk-heading-m" id="headlines-heading">
        At a glance
      </h2>
      <SummaryList
        rows={[
          { key: "Referrals received", value: t.received },
          {
            key: "Assigned to a caseworker",
            value: t.received === 0 ? "No data yet" : `${t.assigned} (${percent(t.assignedPercent)})`,
          },
          { key: "Time to first contact", value: durationText(t.firstContact) },
          { key: "Time to initial assessment", value: durationText(t.assessment) },
          {
            key: "Attendance rate",
            value:
              t.attendance.recorded === 0
                ? "No data yet"
                : `${percent(t.attendance.ratePercent)} (${t.attendance.attended + t.attendance.late} of ${t.attendance.recorded} sessions)`,
          },
          {
            key: "Completion rate",
            value:
              t.completion.ended === 0
                ? "No data yet"
                : `${percent(t.completion.ratePercent)} (${t.completion.completed} of ${t.completion.ended} ended)`,
          },
          { key: "Concerns raised", value: t.concerns },
        ]}
      />
    </section>
  );
}

const statusTags: Record<TargetStatus, TagColour> = { met: "green", "not-met": "red", "no-data": "grey" };
const statusOf = (text: string | number) =>
  (Object.entries(targetStatusText).find(([, t]) => t === text)?.[0] ?? "no-data") as TargetStatus;

/** A "Download CSV" control under a table: a button that reads as a link, since it fetches with the token. */
function DownloadCsv({ table, filters }: { table: DashboardTable; filters: URLSearchParams }) {
  const [failed, setFailed] = useState(false);
  return (
    <p className="govuk-body">
      {failed ? (
        <ErrorMessage id={`${table.id}-download-error`}>The download failed. Try again.</ErrorMessage>
      ) : null}
      <button
        type="button"
        className="app-link-button govuk-link"
        onClick={() => {
          setFailed(false);
          void downloadDashboardTable(table.id, filters).catch(() => setFailed(true));
        }}
      >
        Download CSV<span className="govuk-visually-hidden"> of {table.caption.toLowerCase()}</span>
      </button>
    </p>
  );
}

/** A dashboard table as the page shows it (the same rows and cells as its CSV). */
function FigureTable({ table, filters }: { table: DashboardTable; filters: URLSearchParams }) {
  const keys = table.columns.map((c) => c.key);
  return (
    <div data-table={table.id}>
      <Table
        caption={table.caption}
        captionSize="s"
        columns={table.columns}
        rows={table.rows.map((row) => ({
          id: row.id,
          cells: Object.fromEntries(
            keys.map((key, i) => {
              const cell = row.cells[i] ?? "";
              if (table.id === "measures" && key === "status") {
                return [key, <Tag colour={statusTags[statusOf(cell)]}>{cell}</Tag>];
              }
              return [key, cell];
            }),
          ),
        }))}
        firstCellIsHeader
      />
      <DownloadCsv table={table} filters={filters} />
    </div>
  );
}

interface ChartSpec {
  id: Exclude<DashboardTableId, "measures">;
  heading: string;
  categories: (d: Dashboard) => string[];
  series: (d: Dashboard) => ChartSeries[];
  summary: (d: Dashboard) => string;
  /** What the chart says instead of bars when every value is 0. */
  empty: string;
  /** For a series over months: columns along a time axis, each label in short lines. */
  columns?: (category: string) => string[];
}

const total = (values: number[]) => values.reduce((a, b) => a + b, 0);

const charts: ChartSpec[] = [
  {
    id: "months",
    heading: "Referrals by month",
    // "November 2026" as "Nov" over "2026", so a year of months fits along the bottom.
    columns: (label) => [label.slice(0, 3), label.split(" ")[1] ?? ""],
    empty: "No referrals in this period.",
    categories: (d) => d.months.map((m) => monthLabel(m.month)),
    series: (d) => [
      { key: "received", name: "Received", values: d.months.map((m) => m.received) },
      { key: "completed", name: "Completed", values: d.months.map((m) => m.completed) },
      { key: "withdrawn", name: "Withdrawn", values: d.months.map((m) => m.withdrawn) },
    ],
    summary: (d) =>
      `Column chart of referrals received, completed and withdrawn in each month that had any (of ${d.months.length} months): ` +
      `${total(d.months.map((m) => m.received))} received, ${total(d.months.map((m) => m.completed))} completed, ` +
      `${total(d.months.map((m) => m.withdrawn))} withdrawn. The table that follows gives every figure.`,
  },
  {
    id: "withdrawals",
    heading: "Withdrawals by reason",
    empty: "No withdrawals in this period.",
    categories: (d) => d.withdrawalsByReason.map((w) => w.reason),
    series: (d) => [{ key: "count", name: "Withdrawals", values: d.withdrawalsByReason.map((w) => w.count) }],
    summary: (d) =>
      `Bar chart of ${total(d.withdrawalsByReason.map((w) => w.count))} withdrawals by reason, ` +
      `${d.withdrawalsByReason.length} reasons. The table that follows gives every figure.`,
  },
  {
    id: "outcomes",
    heading: "Outcomes by need area",
    empty: "No outcomes reported in this period.",
    categories: (d) => d.outcomesByNeedArea.map((o) => o.needArea),
    series: (d) => [
      { key: "achieved", name: "Achieved", values: d.outcomesByNeedArea.map((o) => o.achieved) },
      {
        key: "partially",
        name: "Partially achieved",
        values: d.outcomesByNeedArea.map((o) => o.partiallyAchieved),
      },
      { key: "not", name: "Not achieved", values: d.outcomesByNeedArea.map((o) => o.notAchieved) },
    ],
    summary: (d) =>
      `Bar chart of outcomes achieved, partially achieved and not achieved in ${d.outcomesByNeedArea.length} ` +
      `need areas. The table that follows gives every figure.`,
  },
  {
    id: "capacity",
    heading: "Capacity used against contracted",
    empty: "No referrals in this period.",
    categories: (d) => d.capacity.map((c) => c.reference),
    series: (d) => [
      { key: "used", name: "Referrals received", values: d.capacity.map((c) => c.used) },
      { key: "contracted", name: "Contracted for the period", values: d.capacity.map((c) => c.contracted) },
    ],
    summary: (d) =>
      `Bar chart of referrals received against capacity contracted for the period, for ${d.capacity.length} ` +
      `contracts. The table that follows gives every figure.`,
  },
];

/** What every figure of the dashboard is drawn from: the figures, the targets in force and the filters (for CSV links). */
interface FigureProps {
  dashboard: Dashboard;
  targets: readonly Target[];
  filters: URLSearchParams;
}

/**
 * Each chart with its data table (the same numbers, every row, full width) and a CSV download. A chart
 * draws only the series and categories that have a value; with none it says so instead.
 */
export function Charts({ dashboard, targets, filters }: FigureProps) {
  return (
    <>
      {charts.map((chart) => {
        const table = dashboardTable(dashboard, chart.id, targets);
        const view = chartView(chart.categories(dashboard), chart.series(dashboard));
        return (
          <section
            key={chart.id}
            className="app-figure"
            aria-labelledby={`${chart.id}-heading`}
            data-figure={chart.id}
          >
            <h2 className="govuk-heading-m" id={`${chart.id}-heading`}>
              {chart.heading}
            </h2>
            {table.rows.length === 0 || view.empty ? (
              <p className="govuk-body">{chart.empty}</p>
            ) : (
              <>
                <div className="govuk-grid-row">
                  <div className="govuk-grid-column-two-thirds">
                    {chart.columns ? (
                      <ColumnChart
                        summary={chart.summary(dashboard)}
                        categories={view.categories}
                        series={view.series}
                        labelLines={chart.columns}
                      />
                    ) : (
                      <BarChart
                        summary={chart.summary(dashboard)}
                        categories={view.categories}
                        series={view.series}
                      />
                    )}
                  </div>
                </div>
                <div className="govuk-grid-row">
                  <div className="govuk-grid-column-full">
                    <FigureTable table={table} filters={filters} />
                  </div>
                </div>
              </>
            )}
          </section>
        );
      })}
    </>
  );
}

/** Each target measure with its result, its target and a Met / Not met / No data yet tag. */
export function Measures({ dashboard, targets, filters }: FigureProps) {
  return (
    <section className="app-figure" aria-labelledby="measures-heading" data-figure="measures">
      <h2 className="govuk-heading-m" id="measures-heading">
        Against targets
      </h2>
      <FigureTable table={dashboardTable(dashboard, "measures", targets)} filters={filters} />
    </section>
  );
}
