/** The contracts context's public module: all that other contexts may import from it (ADR "lint boundaries"). */
export { maySeeContract } from "./access.ts";
export { contractItems, contractKeys } from "./items.ts";
export { findContract, findIntervention, listContracts } from "./repository.ts";
export { flagSupplierContracts, type SupplierStanding } from "./supplier-flag.ts";
