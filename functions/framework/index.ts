/** The framework context's public module: all that other contexts may import from it (ADR "lint boundaries"). */
export { canSeeApplication } from "./access.ts";
export { findApplication } from "./repository.ts";
export { membershipStatusOf } from "./membership-status.ts";
export { cessationView, findCessation, requireMarketOpen } from "./cessation-repository.ts";
