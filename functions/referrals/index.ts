/** The referrals context's public module: all that other contexts may import from it (ADR "lint boundaries"). */
export { listCaseworkers, listOpenCases } from "./caseworkers.ts";
export { findReferral } from "./repository.ts";
export { slaFacts } from "./stored.ts";
export type { StoredReferral } from "./stored.ts";
export { providerMaySee } from "./access.ts";
export { listContractReferrals, transferReferralItems } from "./contract-transfer.ts";
export type { TransferTo } from "./contract-transfer.ts";
