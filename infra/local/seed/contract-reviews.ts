import { contractRatingKind, improvementPlanKind } from "#functions/contracts/review-items.ts";
import type { ImprovementPlan } from "#shared/contracts/improvement.ts";
import { type ContractRating, previousQuarter, quarterOf, ratingRule } from "#shared/contracts/rating.ts";
import { londonDate } from "#shared/time/index.ts";

const day = 86_400_000;
const contractId = "contract-pathways-employment";
const helen = { role: "commissioner" as const, name: "Helen Carter", userId: "user-commissioner-london" };
const tom = {
  role: "provider" as const,
  name: "Tom Ellis",
  userId: "user-provider-pathways",
  organisationId: "org-northern-pathways",
};

/**
 * Northern Pathways' last quarter, rated so a new user sees a contract's record: the portal proposed
 * "requires improvement" from its figures, Helen Carter confirmed it, and the improvement plan it opened
 * has Tom Ellis's actions waiting for her answer. No aggregates change: the figures are the rating's own.
 */
export const demoContractReviewItems = (seededAt: Date): Record<string, unknown>[] => {
  const at = (daysAgo: number) => new Date(seededAt.getTime() - daysAgo * day).toISOString();
  const period = previousQuarter(quarterOf(londonDate(seededAt)));
  const rating: ContractRating = {
    contractId,
    contractReference: "DFP-LWA-ETE-0002",
    organisationId: "org-northern-pathways",
    period,
    rating: "requires-improvement",
    proposedRating: "requires-improvement",
    rule: ratingRule,
    status: "confirmed",
    proposedAt: at(10),
    confirmedAt: at(8),
    confirmedBy: helen,
    reason: "Fewer than two in three people completed; most withdrawals were for disengagement.",
    measures: [
      {
        id: "orders-successfully-completed",
        measure: "Court orders and licences successfully completed",
        numerator: 13,
        denominator: 20,
        target: 73,
      },
      {
        id: "employment-at-termination",
        measure: "People in employment when their order or licence ends",
        numerator: 7,
        denominator: 18,
        target: 40,
      },
    ],
    response: { text: "Evening sessions start next month for people who work days.", by: tom, at: at(6) },
    planOpened: true,
    version: 3,
  };
  const plan: ImprovementPlan = {
    contractId,
    contractReference: "DFP-LWA-ETE-0002",
    organisationId: "org-northern-pathways",
    period,
    rating: "requires-improvement",
    status: "submitted",
    openedAt: at(8),
    actions: [
      {
        number: 1,
        what: "Run evening sessions in Cardiff and Hackney for people who work days",
        owner: "Tom Ellis",
        dueDate: londonDate(new Date(seededAt.getTime() + 30 * day)),
        state: "not-started",
        progress: [],
      },
      {
        number: 2,
        what: "Call anyone who misses a session within one working day",
        owner: "Delivery lead",
        dueDate: londonDate(new Date(seededAt.getTime() + 14 * day)),
        state: "not-started",
        progress: [],
      },
    ],
    reviews: [],
    version: 2,
  };
  return [contractRatingKind.item(rating, rating), improvementPlanKind.item(plan, plan)];
};
