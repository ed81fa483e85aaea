/**
 * The one clock every time-dependent rule reads (deadlines, standstill, SLA clocks, token expiry).
 *
 * In the cloud nothing can move it: the only way to change it is `setClock`, which only the local
 * stack (infra/local) calls, and no route, environment variable or header of the cloud build reaches it.
 */
let offsetMs = 0;
let frozenAt: number | undefined;

/** The current instant, as the server decides it. */
export const now = (): Date => new Date(frozenAt ?? Date.now() + offsetMs);

/** Local stack and tests only: run the clock ahead or behind real time, or freeze it at an instant. */
export const setClock = (setting: { offsetMs: number } | { frozenAt: Date }): void => {
  if ("frozenAt" in setting) {
    frozenAt = setting.frozenAt.getTime();
    offsetMs = 0;
  } else {
    frozenAt = undefined;
    offsetMs = setting.offsetMs;
  }
};

/** Local stack and tests only: how the clock is set. */
export const clockSetting = (): { offsetMs: number; frozen: boolean } => ({
  offsetMs,
  frozen: frozenAt !== undefined,
});
