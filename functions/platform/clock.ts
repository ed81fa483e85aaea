/**
 * The one clock every time-dependent rule reads (deadlines, standstill, SLA clocks, token expiry).
 *
 * In the cloud nothing can move it: the only way to change it is `setClockOffset`, which only the
 * local stack (infra/local) imports, and no route, environment variable or header reaches it.
 */
let offsetMs = 0;

/** The current instant, as the server decides it. */
export const now = (): Date => new Date(Date.now() + offsetMs);

/** Local stack and tests only: move the clock by an offset from real time. */
export const setClockOffset = (ms: number): void => {
  offsetMs = ms;
};

/** Local stack and tests only: how far the clock has been moved. */
export const clockOffset = (): number => offsetMs;
