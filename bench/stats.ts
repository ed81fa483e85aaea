import { performance } from "node:perf_hooks";

/** Latency percentiles of one measured operation, in milliseconds. */
export interface Latency {
  p50: number;
  p99: number;
  samples: number;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;

/** Runs `operation` sequentially `samples` times after a warm-up and returns its latency percentiles. */
export const measure = async (
  operation: () => Promise<unknown>,
  samples = 300,
  warmUp = 30,
): Promise<Latency> => {
  for (let i = 0; i < warmUp; i += 1) await operation();
  const times: number[] = [];
  for (let i = 0; i < samples; i += 1) {
    const start = performance.now();
    await operation();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p99: percentile(times, 99), samples };
};

/** A ratio to two decimal places (what the report prints). */
export const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;

/** Milliseconds to two decimal places. */
export const ms = (value: number) => Math.round(value * 100) / 100;
