import type { PerformanceTarget } from "./schema.ts";

/** Targets from the Wales service level agreement (seed 003) that a commissioner can adopt as a starting point. */
export const performanceTargets: PerformanceTarget[] = [
  {
    id: "orders-successfully-completed",
    measure: "Court orders and licences successfully completed",
    percent: 73,
  },
  {
    id: "employment-at-termination",
    measure: "People in employment when their order or licence ends",
    percent: 40,
    needAreaId: "employment-training-education",
  },
  {
    id: "settled-accommodation-at-end",
    measure: "People in settled and suitable accommodation at the end of their order or licence",
    percent: 78,
    needAreaId: "accommodation",
  },
];
