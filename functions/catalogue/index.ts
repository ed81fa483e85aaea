/** The catalogue context's public module: all that other contexts may import from it (ADR "lint boundaries"). */
export { contractTiers, findIntervention } from "./repository.ts";
