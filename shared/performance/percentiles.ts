/**
 * Nearest-rank percentile of integer values held as a histogram (value → how many): the smallest
 * value with at least `p`% of the counts at or below it. Exact, and histograms add, which is why
 * the aggregates keep durations this way rather than as running means.
 */
export function histogramPercentile(histogram: ReadonlyMap<number, number>, p: number): number | undefined {
  const total = [...histogram.values()].reduce((a, b) => a + b, 0);
  if (total <= 0) return undefined;
  const rank = Math.max(1, Math.ceil((p / 100) * total));
  let seen = 0;
  for (const value of [...histogram.keys()].sort((a, b) => a - b)) {
    seen += histogram.get(value) ?? 0;
    if (seen >= rank) return value;
  }
  return undefined;
}

/** A percentage to one decimal place, or undefined when there is nothing to divide by. */
export const percentOf = (part: number, whole: number): number | undefined =>
  whole > 0 ? Math.round((part / whole) * 1000) / 10 : undefined;
