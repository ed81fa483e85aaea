/** The evaluation context's public module: all that other contexts may import from it (ADR "lint boundaries"). */
export { deadlinePassed, panelMayReadBid } from "./access.ts";
export { cancellationItems, findEvaluationRecord, lifecycleOf, requireAllowed } from "./lifecycle.ts";
export { presentResults } from "./present.ts";
export { loadEvaluation } from "./repository.ts";
export type { EvaluationRecord } from "./repository.ts";
