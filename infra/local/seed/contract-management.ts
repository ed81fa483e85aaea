import {
  contractChangeKind,
  contractCountersKind,
  contractIssueKind,
} from "#functions/contracts/management-items.ts";
import type { ContractChange } from "#shared/contracts/change.ts";
import type { StoredIssue } from "#shared/contracts/issue.ts";
import { addWorkingDays, londonDate } from "#shared/time/index.ts";

const day = 86_400_000;
const contractId = "contract-pathways-employment";
const tom = {
  role: "provider" as const,
  name: "Tom Ellis",
  userId: "user-provider-pathways",
  organisationId: "org-northern-pathways",
};
const helen = { role: "commissioner" as const, name: "Helen Carter", userId: "user-commissioner-london" };

/**
 * Northern Pathways' contract as a new user should find it: a change register with a decided Notice
 * of Change and one waiting for a decision, and an open issue shared and commented on. None of them
 * alters the terms, so the catalogue and dashboards read the seeded contract as awarded.
 */
export const demoContractManagementItems = (seededAt: Date): Record<string, unknown>[] => {
  const at = (daysAgo: number) => new Date(seededAt.getTime() - daysAgo * day).toISOString();
  const declined: ContractChange = {
    id: "01JDEMONOC0000000000000001",
    contractId,
    number: 1,
    kind: "discretionary",
    status: "rejected",
    proposedBy: tom,
    proposedAt: at(60),
    terms: { serviceDescription: "Employment support, with evening sessions in Cardiff." },
    reason: "Many people work day shifts and cannot attend in the day.",
    effectiveDate: londonDate(new Date(seededAt.getTime() - 40 * day)),
    attachmentIds: [],
    responses: [
      {
        kind: "comment",
        text: "Evening sessions need a second venue; is one booked?",
        by: helen,
        at: at(55),
      },
    ],
    decision: {
      outcome: "no-change",
      reason: "No venue is available in the evenings this year.",
      by: helen,
      at: at(50),
    },
    issueWindowEndsAt: addWorkingDays(new Date(at(50)), 10).toISOString(),
    version: 3,
  };
  const pending: ContractChange = {
    id: "01JDEMONOC0000000000000002",
    contractId,
    number: 2,
    kind: "discretionary",
    status: "proposed",
    proposedBy: tom,
    proposedAt: at(3),
    terms: { serviceDescription: "Employment support, with a job club in Hackney on Saturdays." },
    reason: "Saturday job clubs doubled attendance in our Cardiff pilot.",
    businessCase: "One adviser's overtime; no change to price or capacity.",
    effectiveDate: londonDate(new Date(seededAt.getTime() + 30 * day)),
    attachmentIds: [],
    responses: [],
    version: 1,
  };
  const issue: StoredIssue = {
    id: "01JDEMOISSUE00000000000001",
    contractId,
    contractReference: "DFP-LWA-ETE-0002",
    organisationId: "org-northern-pathways",
    regionId: "london",
    number: 1,
    title: "Referrals arrive without risk information",
    firstRaisedOn: londonDate(new Date(seededAt.getTime() - 20 * day)),
    description:
      "Six referrals this month arrived without the risk summary; two first appointments had to move.",
    implications: "First contact targets are missed and advisers meet people without knowing the risks.",
    severity: "medium",
    urgency: "high",
    currentCostPence: 36_000,
    potentialCostPence: 240_000,
    workUnderWay: "Advisers ask the officer for the summary before booking.",
    originator: tom,
    raisedAt: at(12),
    status: "shared",
    shareBy: addWorkingDays(new Date(at(12)), 10).toISOString(),
    sharedAt: at(10),
    level: "contract-managers",
    comments: [{ text: "We will remind officers at the next team meeting.", by: helen, at: at(8) }],
    decisions: [],
    version: 3,
  };
  return [
    contractChangeKind.item(declined, declined),
    contractChangeKind.item(pending, pending),
    contractIssueKind.item(issue, issue),
    { ...contractCountersKind.item({ contractId }), changes: 2, issues: 1 },
  ];
};
