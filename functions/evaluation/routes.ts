import * as z from "zod";
import { pageQuerySchema, pageSchema } from "#shared/common/pagination.ts";
import { contractSchema } from "#shared/contracts/contract.ts";
import {
  assignPanelSchema,
  bidForScoringSchema,
  decideOutcomeSchema,
  declareConflictsSchema,
  evaluationSchema,
  moderateSchema,
  moderationSchema,
  moderationViewSchema,
  panelCandidateSchema,
  providerResultSchema,
  resultsSchema,
  scoreSheetSchema,
  submitScoresSchema,
} from "#shared/evaluation/evaluation.ts";
import { versionOnlySchema } from "#shared/opportunities/opportunity.ts";
import { opportunityParams } from "#shared/opportunities/params.ts";
import { defineRoutes } from "../platform/route.ts";
import { pathId } from "#shared/http/path-id.ts";

const context = "evaluation";
const base = "/api/opportunities/{opportunityId}/evaluation";
const bidParams = opportunityParams.extend({ organisationId: pathId("bidder") });

/** Evaluation: the lead names a panel, evaluators declare and score, the lead moderates and decides. */
export const getEvaluationRoute = {
  operationId: "getEvaluation",
  method: "GET",
  path: base,
  summary: "The evaluation of a closed opportunity: panel, progress of each bid, outcome (lead and panel)",
  context,
  handler: "evaluation/get-evaluation.ts",
  access: ["commissioner"],
  request: { params: opportunityParams },
  response: { status: 200, description: "The evaluation", schema: evaluationSchema },
  grants: { table: "read" },
} as const;

export const listPanelCandidatesRoute = {
  operationId: "listPanelCandidates",
  method: "GET",
  path: `${base}/candidates`,
  summary: "Commissioners covering the opportunity's regions, who may sit on its panel (lead only)",
  context,
  handler: "evaluation/list-candidates.ts",
  access: ["commissioner"],
  request: { params: opportunityParams },
  response: {
    status: 200,
    description: "The commissioners",
    schema: z.object({ items: z.array(panelCandidateSchema) }),
  },
  grants: { table: "read" },
} as const;

export const assignPanelRoute = {
  operationId: "assignEvaluationPanel",
  method: "PUT",
  path: `${base}/panel`,
  summary: "Name (or change) the evaluation panel once the deadline has passed (lead only)",
  context,
  handler: "evaluation/assign-panel.ts",
  access: ["commissioner"],
  request: { params: opportunityParams, body: assignPanelSchema },
  response: { status: 200, description: "The evaluation with its panel", schema: evaluationSchema },
  grants: { table: "readwrite" },
} as const;

export const declareConflictsRoute = {
  operationId: "declareConflicts",
  method: "POST",
  path: `${base}/declaration`,
  summary: "An evaluator declares a conflict of interest (or none) with each bidder, before reading bids",
  context,
  handler: "evaluation/declare-conflicts.ts",
  access: ["commissioner"],
  request: { params: opportunityParams, body: declareConflictsSchema },
  response: {
    status: 201,
    description: "The evaluation as the evaluator now sees it",
    schema: evaluationSchema,
  },
  idempotent: true,
  grants: { table: "readwrite" },
} as const;

export const getBidForScoringRoute = {
  operationId: "getBidForScoring",
  method: "GET",
  path: `${base}/bids/{organisationId}`,
  summary: "A bid's answers for an evaluator to score, with their own sheet once submitted",
  context,
  handler: "evaluation/get-bid-for-scoring.ts",
  access: ["commissioner"],
  request: { params: bidParams },
  response: { status: 200, description: "The answers to score", schema: bidForScoringSchema },
  grants: { table: "read" },
} as const;

export const submitScoresRoute = {
  operationId: "submitScores",
  method: "POST",
  path: `${base}/bids/{organisationId}/scores`,
  summary: "An evaluator's independent scores (0–4, with a justification) for every answer of one bid",
  context,
  handler: "evaluation/submit-scores.ts",
  access: ["commissioner"],
  request: { params: bidParams, body: submitScoresSchema },
  response: { status: 201, description: "The submitted score sheet", schema: scoreSheetSchema },
  idempotent: true,
  grants: { table: "readwrite" },
} as const;

export const getBidScoresRoute = {
  operationId: "getBidScores",
  method: "GET",
  path: `${base}/bids/{organisationId}/scores`,
  summary:
    "Every evaluator's scores for a bid side by side (the lead; evaluators only after submitting their own)",
  context,
  handler: "evaluation/get-bid-scores.ts",
  access: ["commissioner"],
  request: { params: bidParams },
  response: { status: 200, description: "The sheets, spread and moderation", schema: moderationViewSchema },
  grants: { table: "read" },
} as const;

export const moderateBidRoute = {
  operationId: "moderateBid",
  method: "PUT",
  path: `${base}/bids/{organisationId}/moderation`,
  summary: "Record the moderated score and rationale for each answer of a bid (lead only; version 0 creates)",
  context,
  handler: "evaluation/moderate-bid.ts",
  access: ["commissioner"],
  request: { params: bidParams, body: moderateSchema },
  response: { status: 200, description: "The moderation", schema: moderationSchema },
  grants: { table: "readwrite" },
} as const;

export const getResultsRoute = {
  operationId: "getEvaluationResults",
  method: "GET",
  path: `${base}/results`,
  summary: "The ranked results with the working: quality, social value, volume-weighted price (lead only)",
  context,
  handler: "evaluation/get-results.ts",
  access: ["commissioner"],
  request: { params: opportunityParams },
  response: { status: 200, description: "The results", schema: resultsSchema },
  grants: { table: "read" },
} as const;

export const exportResultsRoute = {
  operationId: "exportEvaluationResults",
  method: "GET",
  path: `${base}/results.csv`,
  summary: "The ranked results as CSV (lead only)",
  context,
  handler: "evaluation/export-results.ts",
  access: ["commissioner"],
  request: { params: opportunityParams },
  response: {
    status: 200,
    description: "One row per bid, best first",
    schema: z.string(),
    contentType: "text/csv",
  },
  grants: { table: "read" },
} as const;

export const decideOutcomeRoute = {
  operationId: "decideOutcome",
  method: "POST",
  path: `${base}/outcome`,
  summary:
    "Award to one or more bids (starting standstill), declare the competition unsuccessful, or cancel it",
  context,
  handler: "evaluation/decide-outcome.ts",
  access: ["commissioner"],
  request: { params: opportunityParams, body: decideOutcomeSchema },
  response: { status: 200, description: "The evaluation with its outcome", schema: evaluationSchema },
  grants: { table: "readwrite" },
} as const;

export const createContractsRoute = {
  operationId: "createContracts",
  method: "POST",
  path: `${base}/contracts`,
  summary: "After standstill: create the awarded contracts and their live interventions in one transaction",
  context,
  handler: "evaluation/create-contracts.ts",
  access: ["commissioner"],
  request: { params: opportunityParams, body: versionOnlySchema },
  response: {
    status: 201,
    description: "The contracts created",
    schema: z.object({ items: z.array(contractSchema) }),
  },
  idempotent: true,
  grants: { table: "readwrite" },
} as const;

export const getMyResultRoute = {
  operationId: "getMyBidResult",
  method: "GET",
  path: "/api/opportunities/{opportunityId}/bid/result",
  summary: "A bidder's own scores and feedback and the winning total, once the outcome is decided",
  context,
  handler: "evaluation/get-my-result.ts",
  access: ["provider"],
  request: { params: opportunityParams },
  response: { status: 200, description: "The bidder's result", schema: providerResultSchema },
  grants: { table: "read" },
} as const;

export const listMyPanelsRoute = {
  operationId: "listMyPanels",
  method: "GET",
  path: "/api/evaluations/mine",
  summary: "The competitions the signed-in commissioner sits on the evaluation panel of, newest first",
  context,
  handler: "evaluation/list-my-panels.ts",
  access: ["commissioner"],
  request: { query: pageQuerySchema },
  response: {
    status: 200,
    description: "A page of panels",
    schema: pageSchema(
      z.object({ opportunityId: z.string(), opportunityTitle: z.string(), assignedAt: z.iso.datetime() }),
    ),
  },
  grants: { table: "read" },
} as const;

export const evaluationRoutes = defineRoutes([
  getEvaluationRoute,
  listPanelCandidatesRoute,
  assignPanelRoute,
  declareConflictsRoute,
  getBidForScoringRoute,
  submitScoresRoute,
  getBidScoresRoute,
  moderateBidRoute,
  getResultsRoute,
  exportResultsRoute,
  decideOutcomeRoute,
  createContractsRoute,
  getMyResultRoute,
  listMyPanelsRoute,
]);
