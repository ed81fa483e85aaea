/** The opportunities context's public module: all that other contexts may import from it (ADR "lint boundaries"). */
export { admittedOrganisation, commissionedOpportunity, isEligible, visibleOpportunity } from "./access.ts";
export { findOpportunity, opportunityChangeItems, opportunityKeys, withStatus } from "./repository.ts";
export type { StoredOpportunity } from "./repository.ts";
