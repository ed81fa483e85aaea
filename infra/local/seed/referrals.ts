import { contractItems } from "#functions/contracts/items.ts";
import { demoContracts } from "./contracts.ts";

/** The seed items issue 5 adds: live contracts for the referral catalogue (caseworkers are members: see people.ts). */
export const demoReferralItems = (seededAt: Date): Record<string, unknown>[] => [
  ...demoContracts(seededAt).flatMap(contractItems),
];
