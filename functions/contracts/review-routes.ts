import * as z from "zod";
import { chargesStatementSchema } from "#shared/contracts/charges.ts";
import { improvementPlanSchema, planStepSchema } from "#shared/contracts/improvement.ts";
import {
  contractRatingSchema,
  decideRatingSchema,
  monthlyMeasuresSchema,
  periodSchema,
  proposeRatingSchema,
  respondToRatingSchema,
} from "#shared/contracts/rating.ts";
import { pathId } from "#shared/http/path-id.ts";
import { monthSchema } from "#shared/performance/dashboard.ts";
import { inFunction } from "../platform/route.ts";

const context = "contracts";
const parties = ["commissioner", "provider"] as const;
const contractParams = z.object({ contractId: pathId("contract") });
const periodParams = contractParams.extend({ period: periodSchema });

/** A contract's performance record: every quarter's rating, the monthly measures and the plans. */
export const listContractRatingsRoute = {
  operationId: "listContractRatings",
  method: "GET",
  path: "/api/contracts/{contractId}/ratings",
  summary:
    "A contract's performance reviews: ratings by quarter with their figures, monthly measures and plans",
  context,
  handler: "contracts/list-ratings.ts",
  access: parties,
  request: { params: contractParams },
  response: {
    status: 200,
    description: "The record",
    schema: z.object({
      rule: z.string(),
      ratings: z.array(contractRatingSchema),
      months: z.array(monthlyMeasuresSchema),
      plans: z.array(improvementPlanSchema),
    }),
  },
  grants: { table: "read" },
} as const;

export const proposeContractRatingRoute = {
  operationId: "proposeContractRating",
  method: "POST",
  path: "/api/contracts/{contractId}/ratings",
  summary: "A commissioner asks for a quarter's rating now: the portal proposes one from the figures",
  context,
  handler: "contracts/propose-rating.ts",
  access: ["commissioner"],
  request: { params: contractParams, body: proposeRatingSchema },
  response: { status: 201, description: "The proposed rating", schema: contractRatingSchema },
  grants: { table: "readwrite" },
} as const;

export const decideContractRatingRoute = {
  operationId: "decideContractRating",
  method: "POST",
  path: "/api/contracts/{contractId}/ratings/{period}/decision",
  summary: "The commissioner confirms the proposed rating or changes it, with a reason",
  context,
  handler: "contracts/decide-rating.ts",
  access: ["commissioner"],
  request: { params: periodParams, body: decideRatingSchema },
  response: { status: 200, description: "The confirmed rating", schema: contractRatingSchema },
  grants: { table: "readwrite" },
} as const;

export const respondToContractRatingRoute = {
  operationId: "respondToContractRating",
  method: "POST",
  path: "/api/contracts/{contractId}/ratings/{period}/response",
  summary: "The provider answers a confirmed rating",
  context,
  handler: "contracts/respond-to-rating.ts",
  access: ["provider"],
  request: { params: periodParams, body: respondToRatingSchema },
  response: { status: 200, description: "The rating with the response", schema: contractRatingSchema },
  grants: { table: "readwrite" },
} as const;

export const getImprovementPlanRoute = {
  operationId: "getImprovementPlan",
  method: "GET",
  path: "/api/contracts/{contractId}/improvement-plans/{period}",
  summary: "The improvement plan a quarter's rating opened",
  context,
  handler: "contracts/get-improvement-plan.ts",
  access: parties,
  request: { params: periodParams },
  response: { status: 200, description: "The plan", schema: improvementPlanSchema },
  grants: { table: "read" },
} as const;

export const stepImprovementPlanRoute = {
  operationId: "stepImprovementPlan",
  method: "POST",
  path: "/api/contracts/{contractId}/improvement-plans/{period}/steps",
  summary: "Submits actions, agrees or sends them back, records progress, or closes the plan",
  context,
  handler: "contracts/improvement-step.ts",
  access: parties,
  request: { params: periodParams, body: planStepSchema },
  response: { status: 200, description: "The plan", schema: improvementPlanSchema },
  grants: { table: "readwrite" },
} as const;

export const getContractChargesRoute = {
  operationId: "getContractCharges",
  method: "GET",
  path: "/api/contracts/{contractId}/charges",
  summary: "The charges statement: referrals started each month × their tier's price (what is owed)",
  context,
  handler: "contracts/get-charges.ts",
  access: parties,
  request: { params: contractParams },
  response: { status: 200, description: "The statement", schema: chargesStatementSchema },
  grants: { table: "read" },
} as const;

export const exportContractChargesRoute = {
  operationId: "exportContractCharges",
  method: "GET",
  path: "/api/contracts/{contractId}/charges/{month}/export",
  summary: "One month's charges as CSV: a line per started referral and the total",
  context,
  handler: "contracts/export-charges.ts",
  access: parties,
  request: { params: contractParams.extend({ month: monthSchema }) },
  response: { status: 200, description: "The month's charges", schema: z.string(), contentType: "text/csv" },
  grants: { table: "read" },
} as const;

/** Performance reviews, improvement plans and charges (issue 18 items 4 and 6). */
// A function of its own: contracts in one function is over the 250 KB budget (ADR 0013).
export const contractReviewRoutes = inFunction("contracts-reviews", [
  listContractRatingsRoute,
  proposeContractRatingRoute,
  decideContractRatingRoute,
  respondToContractRatingRoute,
  getImprovementPlanRoute,
  stepImprovementPlanRoute,
  getContractChargesRoute,
  exportContractChargesRoute,
]);
