/** The clarifications context's public module: all that other contexts may import from it (ADR "lint boundaries"). */
export { listQuestions } from "./repository.ts";
export type { StoredQuestion } from "./repository.ts";
