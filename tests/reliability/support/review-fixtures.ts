import { PutCommand } from "@aws-sdk/lib-dynamodb";
import { ulid } from "ulid";
import { inject } from "vitest";
import { contractItems, contractKind } from "#functions/contracts/items.ts";
import { contractRatingKind, improvementPlanKind } from "#functions/contracts/review-items.ts";
import { organisationMonthKind } from "#functions/performance/items.ts";
import type { Contract } from "#shared/contracts/contract.ts";
import type { ImprovementPlan } from "#shared/contracts/improvement.ts";
import { type ContractRating, ratingRule } from "#shared/contracts/rating.ts";
import { type Fixture, principals } from "./principals.ts";
import { table } from "./snapshots.ts";

const put = (Item: Record<string, unknown>) =>
  table().send(new PutCommand({ TableName: inject("tableName"), Item }));

const period = "2026-Q1";
const month = "2026-02";
const measures = [
  { id: "orders-successfully-completed", measure: "Completed", numerator: 1, denominator: 2, target: 73 },
];

/**
 * A Bridge Housing contract of its own in London (Croydon, which no suite officer refers in) with
 * figures for the first quarter of 2026 — and, by stage, its proposed rating, or its confirmed
 * "requires improvement" rating with the improvement plan it opened. Written straight to the table:
 * the rows test who may act on reviews, not how the figures arrive (the integration tests do that).
 */
const reviewedContract = async (stage: "figures" | "proposed" | "confirmed"): Promise<Fixture> => {
  const id = `contract-review-${ulid().toLowerCase()}`;
  const reference = `DFP-REV-${id.slice(-6).toUpperCase()}`;
  const contract: Contract = {
    id,
    reference,
    opportunityId: `opp-${id}`,
    opportunityTitle: "Reviewed contract",
    organisationId: "org-bridge-housing",
    organisationName: "Bridge Housing Trust",
    needAreaId: "accommodation",
    regionIds: ["london"],
    pduIds: ["croydon"],
    capacityPerYear: 10,
    startDate: "2026-01-01",
    endDate: "2028-12-31",
    createdAt: "2026-01-01T09:00:00.000Z",
    interventions: [
      {
        id: `${id}-low`,
        contractId: id,
        contractReference: reference,
        opportunityId: `opp-${id}`,
        organisationId: "org-bridge-housing",
        organisationName: "Bridge Housing Trust",
        needAreaId: "accommodation",
        tierId: "low",
        title: "Reviewed service",
        assessAndPlan: "Assess",
        implement: "Implement",
        reviewAndEvaluate: "Review",
        sessions: 4,
        sessionMinutes: 60,
        deliveryMethods: ["one-to-one"],
        settings: ["community"],
        cohorts: [],
        regionIds: ["london"],
        pduIds: ["croydon"],
        pricePerReferralPence: 50_000,
        capacityPerYear: 10,
        startDate: "2026-01-01",
        endDate: "2028-12-31",
      },
    ],
  };
  for (const item of contractItems(contract)) await put(item);
  const dimensions = {
    contractId: id,
    organisationId: contract.organisationId,
    regionId: "london",
    needAreaId: "accommodation",
  };
  await put({
    ...organisationMonthKind.item({ dimensions, month }),
    month,
    ...dimensions,
    n_completed: 1,
    "n_wd-not-engaged": 1,
  });
  let version = 0;
  if (stage !== "figures") {
    const rating: ContractRating = {
      contractId: id,
      contractReference: reference,
      organisationId: contract.organisationId,
      period,
      rating: "inadequate",
      proposedRating: "inadequate",
      rule: ratingRule,
      status: "proposed",
      proposedAt: "2026-04-01T09:00:00.000Z",
      measures,
      version: 1,
    };
    const confirmed: ContractRating = {
      ...rating,
      rating: "requires-improvement",
      status: "confirmed",
      confirmedAt: "2026-04-02T09:00:00.000Z",
      reason: "One of two ended early.",
      planOpened: true,
      version: 2,
    };
    const stored = stage === "proposed" ? rating : confirmed;
    await put(contractRatingKind.item(stored, stored));
    version = stored.version;
    if (stage === "confirmed") {
      const plan: ImprovementPlan = {
        contractId: id,
        contractReference: reference,
        organisationId: contract.organisationId,
        period,
        rating: "requires-improvement",
        status: "awaiting-actions",
        openedAt: "2026-04-02T09:00:00.000Z",
        actions: [],
        reviews: [],
        version: 1,
      };
      await put(improvementPlanKind.item(plan, plan));
    }
  }
  return {
    owner: principals.provider,
    params: { contractId: id, period, month },
    versions: { rating: version, plan: 1 },
    partitions: [contractKind.pk({ id })],
  };
};

/** Fresh fixtures of performance reviews (issue 18 item 4), one record per row. */
export const reviewFixtures = {
  /** A contract with a quarter's figures and no rating yet. */
  reviewFigures: () => reviewedContract("figures"),
  /** A contract whose quarter has a proposed rating. */
  proposedRating: () => reviewedContract("proposed"),
  /** A contract whose quarter is rated "requires improvement", its plan waiting for actions. */
  confirmedRating: () => reviewedContract("confirmed"),
};
