/** The evaluation context's public module: all that other contexts may import from it (ADR "lint boundaries"). */
export { deadlinePassed, panelMayReadBid } from "./access.ts";
export { cancellationItems, findEvaluationRecord, lifecycleOf, requireAllowed } from "./lifecycle.ts";
export { answerLabels, presentResults } from "./present.ts";
export { loadEvaluation } from "./repository.ts";
export type { EvaluationData, EvaluationRecord } from "./repository.ts";
export { standstillEnd, standstillStartItem } from "./standstill.ts";
export { assessmentSummaryOf } from "./summary.ts";
