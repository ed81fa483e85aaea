import { financialYearStart } from "#shared/performance/report.ts";
import type { ChartSeries } from "./BarChart.tsx";

const shiftMonth = (month: string, by: number) => {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const index = y * 12 + (m - 1) + by;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
};

export interface QuickPeriod {
  text: string;
  href: string;
  current: boolean;
}

/**
 * The periods a person most often wants, as links that keep the other filters: the last 3 and 12
 * months and this financial year (April to this month). The one shown is marked current.
 */
export const quickPeriods = (
  params: URLSearchParams,
  applied: { from: string; to: string },
  thisMonth: string,
): QuickPeriod[] => {
  const periods = [
    { text: "Last 3 months", from: shiftMonth(thisMonth, -2) },
    { text: "Last 12 months", from: shiftMonth(thisMonth, -11) },
    { text: "This financial year", from: financialYearStart(thisMonth) },
  ];
  return periods.map(({ text, from }) => {
    const next = new URLSearchParams(params);
    next.set("from", from);
    next.set("to", thisMonth);
    return {
      text,
      href: `/performance?${next.toString()}`,
      current: applied.from === from && applied.to === thisMonth,
    };
  });
};

export interface ChartView {
  /** True when every value is 0: the page says so instead of drawing empty bars. */
  empty: boolean;
  categories: string[];
  series: ChartSeries[];
}

/**
 * What a chart draws: only the series with a value and only the categories (months, reasons, ...)
 * where a drawn series has one, so a long range of quiet months does not become a page of empty bars.
 * The table under the chart still gives every row.
 */
export const chartView = (categories: readonly string[], series: readonly ChartSeries[]): ChartView => {
  const drawn = series.filter((s) => s.values.some((v) => v !== 0));
  const kept = categories.flatMap((category, i) =>
    drawn.some((s) => (s.values[i] ?? 0) !== 0) ? [{ category, i }] : [],
  );
  return {
    empty: drawn.length === 0,
    categories: kept.map((k) => k.category),
    series: drawn.map((s) => ({ ...s, values: kept.map((k) => s.values[k.i] ?? 0) })),
  };
};
