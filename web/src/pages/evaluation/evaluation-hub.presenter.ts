import type { Evaluation } from "#shared/evaluation/evaluation.ts";
import type { Opportunity } from "#shared/opportunities/opportunity.ts";

/** What "Create contracts" looks like on the hub: offered, promised for later, or not for this person. */
export type CreateContracts = "offer" | "wait" | "none";

/** What the evaluation hub shows the signed-in commissioner. */
export interface EvaluationHubView {
  /** The link to name or change the panel (lead, while evaluating). */
  panelLink?: "Name the panel" | "Change the panel";
  /** An evaluator's own queue (while evaluating). */
  scoringQueue: boolean;
  /** The lead's moderation progress and results. */
  leadSections: boolean;
  /** The lead's link to decide or cancel, while a decision may still be made. */
  outcomeLink?: "Award, declare unsuccessful or cancel" | "Cancel the competition";
  /** The decision, once made. */
  outcome: boolean;
  createContracts: CreateContracts;
  /** The contracts list, once created. */
  contracts: boolean;
}

/** The hub's view: the lead runs the panel, results and outcome; evaluators score; anyone sees the outcome. */
export function evaluationHubView(opportunity: Opportunity, evaluation: Evaluation): EvaluationHubView {
  const lead = evaluation.youAreLead;
  const evaluating = evaluation.state === "evaluating";
  return {
    ...(lead && evaluating
      ? { panelLink: evaluation.panel.length ? "Change the panel" : "Name the panel" }
      : {}),
    scoringQueue: evaluation.youAreEvaluator && evaluating,
    leadSections: lead,
    ...(lead && evaluating ? { outcomeLink: "Award, declare unsuccessful or cancel" as const } : {}),
    ...(lead && evaluation.state === "standstill" ? { outcomeLink: "Cancel the competition" as const } : {}),
    outcome: !evaluating,
    // Offered only when the portal allows it; until then, the page says when.
    createContracts:
      evaluation.state === "standstill" && lead
        ? opportunity.lifecycle?.canCreateContracts
          ? "offer"
          : "wait"
        : "none",
    contracts: evaluation.state === "contracted",
  };
}

/** An evaluator's next step with one bid: declare first, nothing (a conflict), score, or compare. */
export type QueueAction = "none" | "score" | "compare";

/** What the scoring queue offers for a bid, from the evaluator's own status with it. */
export const queueAction = (mine: Evaluation["bids"][number]["mine"]): QueueAction =>
  mine === "to-score" ? "score" : mine === "scored" ? "compare" : "none";
