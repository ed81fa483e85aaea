/** The transparency context's public module: all that other contexts may import from it (ADR "lint boundaries"). */
export { competitionOcdsInput } from "./gather.ts";
