import "../../styles/charts.scss";
import { type ReactNode, useId } from "react";

/** One series of bars: a value for each category, in the categories' order. */
export interface ChartSeries {
  key: string;
  name: string;
  values: number[];
}

/** The width every chart is drawn at (it scales to its column). */
export const chartWidth = 640;

/**
 * What every dashboard chart shares: one SVG image named by its summary, the legend of its series, and
 * the marks (the caller's children) hidden from assistive technology, because the table under each
 * chart gives every figure. Attributes and classes only: the portal's CSP forbids inline styles.
 */
export function ChartFrame({
  summary,
  height,
  series,
  children,
}: {
  summary: string;
  height: number;
  series: ChartSeries[];
  children: ReactNode;
}) {
  const titleId = useId();
  return (
    <svg
      className="app-chart"
      role="img"
      aria-labelledby={titleId}
      viewBox={`0 0 ${chartWidth} ${height}`}
      width="100%"
      preserveAspectRatio="xMinYMin meet"
      focusable="false"
    >
      <title id={titleId}>{summary}</title>
      <g aria-hidden="true">
        {series.map((s, i) => (
          <g key={s.key} transform={`translate(${i * 190} 4)`}>
            <rect className={`app-chart__bar app-chart__bar--${i}`} width="16" height="16" />
            <text className="app-chart__legend" x="22" y="13">
              {s.name}
            </text>
          </g>
        ))}
        {children}
      </g>
    </svg>
  );
}
