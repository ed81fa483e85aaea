import { ChartFrame, type ChartSeries, chartWidth as width } from "./ChartFrame.tsx";

export type { ChartSeries } from "./ChartFrame.tsx";
const legendHeight = 32;
const labelHeight = 20;
const barHeight = 14;
const barGap = 2;
const groupGap = 10;
const valueSpace = 56;

/**
 * A horizontal grouped bar chart drawn as SVG with attributes and CSS classes only (the portal's CSP
 * forbids inline styles and scripts). It is one image with a summary for its accessible name; its
 * bars and labels are hidden from assistive technology because the table beside it gives every
 * figure. Each bar carries `data-category`, `data-series` (the series name) and `data-value` so tests can compare the
 * drawing with the table.
 */
export function BarChart({
  summary,
  categories,
  series,
}: {
  summary: string;
  categories: string[];
  series: ChartSeries[];
}) {
  const max = Math.max(1, ...series.flatMap((s) => s.values));
  const groupHeight = labelHeight + series.length * (barHeight + barGap) + groupGap;
  const height = legendHeight + categories.length * groupHeight;
  const scale = (width - valueSpace) / max;
  return (
    <ChartFrame summary={summary} height={height} series={series}>
      {categories.map((category, c) => {
        const top = legendHeight + c * groupHeight;
        return (
          <g key={category} transform={`translate(0 ${top})`}>
            <text className="app-chart__label" x="0" y="16">
              {category}
            </text>
            {series.map((s, i) => {
              const value = s.values[c] ?? 0;
              const y = labelHeight + i * (barHeight + barGap);
              const barWidth = value * scale;
              return (
                <g key={s.key}>
                  <rect
                    className={`app-chart__bar app-chart__bar--${i}`}
                    x="0"
                    y={y}
                    width={barWidth}
                    height={barHeight}
                    data-category={category}
                    data-series={s.name}
                    data-value={value}
                  />
                  <text className="app-chart__value" x={barWidth + 4} y={y + 12}>
                    {value}
                  </text>
                </g>
              );
            })}
            <line
              className="app-chart__axis"
              x1="0"
              x2="0"
              y1={labelHeight - 2}
              y2={groupHeight - groupGap + 2}
            />
          </g>
        );
      })}
    </ChartFrame>
  );
}
