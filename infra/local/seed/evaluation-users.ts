import {
  accountKeys,
  admittedOrganisationIndex,
  commissionerDirectoryItems,
} from "#functions/accounts/repository.ts";
import type { DemoUser } from "./demo-users.ts";

/**
 * People an evaluation needs beyond the first demo set: a second London commissioner to sit on panels
 * and a third admitted London provider, so a competition can have three bidders.
 */
export const evaluationUsers: DemoUser[] = [
  {
    id: "user-commissioner-london-2",
    name: "Daniel Okoro",
    email: "daniel.okoro@justice.example",
    jobTitle: "Commissioning manager",
    role: "commissioner",
    regions: ["london"],
    description: "Commissioner for London (evaluator on competition panels)",
  },
  {
    id: "user-provider-money-matters",
    name: "Leah Grant",
    email: "leah.grant@moneymatters.example",
    jobTitle: "Partnerships director",
    role: "provider",
    organisationId: "org-money-matters",
    regions: [],
    description: "Provider: Money Matters London (admitted; finance and accommodation in London)",
  },
];

const moneyMatters = {
  id: "org-money-matters",
  name: "Money Matters London",
  legalForm: "Charitable incorporated organisation",
  registrationNumber: "1187340",
  size: "small",
  vcse: true,
  frameworkStatus: "admitted",
  needAreaIds: ["finance-benefits-debt", "accommodation"],
  regionIds: ["london"],
};

/** The third provider's organisation, and a directory entry per region for every demo commissioner. */
export const evaluationSeedItems = (allUsers: readonly DemoUser[]): Record<string, unknown>[] => [
  {
    ...accountKeys.organisation(moneyMatters.id),
    ...moneyMatters,
    ...admittedOrganisationIndex(moneyMatters.name),
  },
  ...allUsers.filter((u) => u.role === "commissioner").flatMap(commissionerDirectoryItems),
];
