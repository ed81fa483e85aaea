/** The performance context's public module: all that other contexts may import from it (ADR "lint boundaries"). */
export { contractMeasures, type MeasuredContract } from "./contract-measures.ts";
