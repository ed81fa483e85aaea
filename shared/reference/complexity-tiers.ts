import type { ComplexityTier, Phase } from "./schema.ts";

/** The complexity tiers, lowest first, with a summary an officer can use to pick one. */
export const complexityTiers: ComplexityTier[] = [
  {
    id: "low",
    name: "Low complexity",
    summary:
      "The person has a single, well-defined need and can act on advice and short-term practical help.",
  },
  {
    id: "medium",
    name: "Medium complexity",
    summary:
      "The person has several linked needs and needs structured sessions and liaison with other agencies to make progress.",
  },
  {
    id: "high",
    name: "High complexity",
    summary:
      "The person faces multiple, entrenched barriers and needs intensive, multi-agency support to engage and make progress.",
  },
];

/** The phases of every intervention, in the order they happen. */
export const phases: Phase[] = [
  { id: "assessAndPlan", name: "Assess & Plan" },
  { id: "implement", name: "Implement" },
  { id: "reviewAndEvaluate", name: "Review & Evaluate" },
];
