import type { RiskLevel } from "./schema.ts";

/** Risk of serious harm levels, lowest first. */
export const riskLevels: RiskLevel[] = [
  { id: "low", name: "Low" },
  { id: "medium", name: "Medium" },
  { id: "high", name: "High" },
  { id: "very-high", name: "Very high" },
];
