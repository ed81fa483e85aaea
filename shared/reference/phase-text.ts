import type { TierDescription } from "./schema.ts";

// Seed 004 repeats these bullets in almost every tier of every need area; keeping one copy stops them drifting.

/** The Assess & Plan bullets seed 004 gives for every tier it describes. */
export const standardAssessAndPlan: readonly string[] = [
  "Provide a specialist assessment and confirm the options",
  "Identify barriers to achieving the plan",
  "Communicate with the responsible officer and other partners",
  "Develop an action plan with the service user, including timescales",
  "Provide support pre-release and in the community",
];

/** The Review & Evaluate bullets seed 004 gives for every tier it describes. */
export const standardReviewAndEvaluate: readonly string[] = [
  "Provide wrap-around support and escorting, report on progress and follow through to achieve the outcomes set out in the action plan",
  "Build and maintain motivation",
];

/** The multiple-needs bullets seed 004 attaches to the highest tier a need area offers. */
export const multipleNeedsBarriers: readonly string[] = [
  "Learning disability: specialist assessment, advice and referral pathways",
  "Drug and alcohol misuse: multi-agency collaboration",
  "Physical and mental health concerns, including people with a personality disorder",
  "Women: removing barriers such as childcare and isolation, empowerment and confidence building, and considering isolation linked to domestic violence, culture or religion",
  "Other disabilities affecting access and skill development",
  "Immigration cases and restricted access to public funds",
];

/** A tier whose Assess & Plan and Review & Evaluate phases are the seed's standard ones. */
export function standardTier(implement: readonly string[]): TierDescription {
  return {
    assessAndPlan: [...standardAssessAndPlan],
    implement: [...implement],
    reviewAndEvaluate: [...standardReviewAndEvaluate],
  };
}
