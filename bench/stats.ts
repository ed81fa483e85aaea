import { performance } from "node:perf_hooks";

/** Latency percentiles of one measured operation, in milliseconds. */
export interface Latency {
  p50: number;
  p99: number;
  samples: number;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;

const summarise = (times: number[]): Latency => {
  const sorted = [...times].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p99: percentile(sorted, 99), samples: sorted.length };
};

const time = async (operation: () => Promise<unknown>) => {
  const start = performance.now();
  await operation();
  return performance.now() - start;
};

/** Runs `operation` sequentially `samples` times after a warm-up and returns its latency percentiles. */
export const measure = async (
  operation: () => Promise<unknown>,
  samples = 300,
  warmUp = 30,
): Promise<Latency> => {
  for (let i = 0; i < warmUp; i += 1) await operation();
  const times: number[] = [];
  for (let i = 0; i < samples; i += 1) times.push(await time(operation));
  return summarise(times);
};

/**
 * Measures two operations sample by sample, alternating which goes first, so that whatever else the
 * machine is doing (another process, a garbage collection, DynamoDB Local compacting) lands on both
 * alike. A ratio of two figures taken minutes apart in sequence measures the machine as much as the code.
 */
export const measurePair = async (
  a: () => Promise<unknown>,
  b: () => Promise<unknown>,
  samples = 300,
  warmUp = 30,
): Promise<{ a: Latency; b: Latency }> => {
  for (let i = 0; i < warmUp; i += 1) {
    await a();
    await b();
  }
  const timesA: number[] = [];
  const timesB: number[] = [];
  for (let i = 0; i < samples; i += 1) {
    if (i % 2 === 0) {
      timesA.push(await time(a));
      timesB.push(await time(b));
    } else {
      timesB.push(await time(b));
      timesA.push(await time(a));
    }
  }
  return { a: summarise(timesA), b: summarise(timesB) };
};

/** A ratio to two decimal places (what the report prints). */
export const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;

/** Milliseconds to two decimal places. */
export const ms = (value: number) => Math.round(value * 100) / 100;
