import { contractItems } from "#functions/contracts/items.ts";
import { caseworkerItem } from "#functions/referrals/repository.ts";
import { demoContracts } from "./contracts.ts";
import { demoUsers } from "./demo-users.ts";

/**
 * The seed items issue 5 adds: live contracts for the referral catalogue, and every provider user as a
 * caseworker of their organisation (whom referrals can be assigned to).
 */
export const demoReferralItems = (seededAt: Date): Record<string, unknown>[] => [
  ...demoContracts(seededAt).flatMap(contractItems),
  ...demoUsers.flatMap((user) =>
    user.role === "provider" && user.organisationId
      ? [
          caseworkerItem({
            organisationId: user.organisationId,
            userId: user.id,
            name: user.name,
            email: user.email,
          }),
        ]
      : [],
  ),
];
