import { ChartFrame, type ChartSeries, chartWidth as width } from "./ChartFrame.tsx";

const legendHeight = 32;
const axisSpace = 40;
const plotTop = legendHeight + 24;
const plotHeight = 140;
const baseline = plotTop + plotHeight;
const labelSpace = 44;
const valueSpace = 22;

/**
 * A vertical grouped column chart for a series over time (months along the bottom), so a year of
 * months is one short picture rather than a page of horizontal bars. Drawn like `BarChart`: SVG with
 * attributes and classes only (the CSP forbids inline styles), one image named by its summary, marks
 * hidden from assistive technology (the table under it gives every figure), and each column carries
 * `data-category`, `data-series` and `data-value`. Values are written over the columns when they fit.
 */
export function ColumnChart({
  summary,
  categories,
  series,
  labelLines,
}: {
  summary: string;
  categories: string[];
  series: ChartSeries[];
  /** A category's label in short lines under its columns (for example "Nov" and "2026"). */
  labelLines: (category: string) => string[];
}) {
  const max = Math.max(1, ...series.flatMap((s) => s.values));
  const groupWidth = (width - axisSpace) / Math.max(1, categories.length);
  const columnWidth = Math.min(24, (groupWidth - 8) / Math.max(1, series.length));
  const showValues = columnWidth >= 18;
  const scale = (plotHeight - valueSpace) / max;
  const height = baseline + labelSpace;
  // Up to 12 labels fit along the bottom; beyond that every second (or third) category is labelled.
  const labelEvery = Math.ceil(categories.length / 12);
  return (
    <ChartFrame summary={summary} height={height} series={series}>
      <text className="app-chart__value" x={axisSpace - 6} y={baseline - max * scale + 5} textAnchor="end">
        {max}
      </text>
      <text className="app-chart__value" x={axisSpace - 6} y={baseline + 5} textAnchor="end">
        0
      </text>
      {categories.map((category, c) => {
        const left = axisSpace + c * groupWidth + (groupWidth - columnWidth * series.length) / 2;
        return (
          <g key={category}>
            {series.map((s, i) => {
              const value = s.values[c] ?? 0;
              const columnHeight = value * scale;
              const x = left + i * columnWidth;
              return (
                <g key={s.key}>
                  <rect
                    className={`app-chart__bar app-chart__bar--${i}`}
                    x={x}
                    y={baseline - columnHeight}
                    width={columnWidth - 2}
                    height={columnHeight}
                    data-category={category}
                    data-series={s.name}
                    data-value={value}
                  />
                  {showValues ? (
                    <text
                      className="app-chart__value"
                      x={x + (columnWidth - 2) / 2}
                      y={baseline - columnHeight - 4}
                      textAnchor="middle"
                    >
                      {value}
                    </text>
                  ) : null}
                </g>
              );
            })}
            {c % labelEvery === 0 ? (
              <text className="app-chart__label" x={axisSpace + (c + 0.5) * groupWidth} y={baseline + 20}>
                {labelLines(category).map((line, l) => (
                  <tspan
                    key={`${l}-${line}`}
                    x={axisSpace + (c + 0.5) * groupWidth}
                    dy={l === 0 ? 0 : 18}
                    textAnchor="middle"
                  >
                    {line}
                  </tspan>
                ))}
              </text>
            ) : null}
          </g>
        );
      })}
      <line className="app-chart__axis" x1={axisSpace} x2={width} y1={baseline} y2={baseline} />
      <line className="app-chart__axis" x1={axisSpace} x2={axisSpace} y1={plotTop} y2={baseline} />
    </ChartFrame>
  );
}
