import type { Referral } from "#shared/referrals/referral.ts";

const person = { userId: "user-1", name: "Sam Rowe" };

/** A sent referral for the unit tests of this area's presenters and form mappings. */
export const aReferral = (changes: Partial<Referral> = {}): Referral => ({
  id: "ref-1",
  reference: "AB2345CD",
  status: "sent",
  interventionId: "int-1",
  interventionTitle: "Keep your home",
  contractId: "con-1",
  organisationId: "org-1",
  organisationName: "Bridge Housing",
  needAreaId: "accommodation",
  tierId: "low",
  tiersOffered: ["low", "medium"],
  officer: person,
  pdu: "camden-and-islington",
  answers: {
    person: { firstName: "Alex", lastName: "Murray" },
    intervention: { desiredOutcomes: ["Eviction prevented", "Arrears reduced"] },
  },
  sectionStatuses: {
    person: "completed",
    sentence: "completed",
    risk: "completed",
    needs: "completed",
    intervention: "completed",
    requirement: "completed",
    reason: "completed",
  },
  ogrsWarning: false,
  createdAt: "2026-11-01T09:00:00.000Z",
  updatedAt: "2026-11-01T09:00:00.000Z",
  actionPlans: [],
  sessions: [],
  sla: [],
  concernCount: 0,
  daysUsed: 0,
  version: 3,
  ...changes,
});
