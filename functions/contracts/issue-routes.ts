import * as z from "zod";
import { contractIssueSchema, issueStepSchema, raiseIssueSchema } from "#shared/contracts/issue.ts";
import { pathId } from "#shared/http/path-id.ts";
import { defineRoutes } from "../platform/route.ts";

const context = "contracts";
const parties = ["commissioner", "provider"] as const;
const contractParams = z.object({ contractId: pathId("contract") });

export const listContractIssuesRoute = {
  operationId: "listContractIssues",
  method: "GET",
  path: "/api/contracts/{contractId}/issues",
  summary: "A contract's issue reports, oldest first, each with its share clock and escalation",
  context,
  handler: "contracts/list-issues.ts",
  access: parties,
  request: { params: contractParams },
  response: {
    status: 200,
    description: "The issues",
    schema: z.object({ items: z.array(contractIssueSchema) }),
  },
  grants: { table: "read" },
} as const;

export const raiseContractIssueRoute = {
  operationId: "raiseContractIssue",
  method: "POST",
  path: "/api/contracts/{contractId}/issues",
  summary: "Either party raises an issue report (seed 003 §7.4), perhaps against a change",
  context,
  handler: "contracts/raise-issue.ts",
  access: parties,
  request: { params: contractParams, body: raiseIssueSchema },
  response: { status: 201, description: "The issue report", schema: contractIssueSchema },
  grants: { table: "readwrite" },
} as const;

export const stepContractIssueRoute = {
  operationId: "stepContractIssue",
  method: "POST",
  path: "/api/contracts/{contractId}/issues/{issueId}/steps",
  summary: "Shares, comments on, escalates or decides an issue at its level",
  context,
  handler: "contracts/step-issue.ts",
  access: parties,
  request: { params: contractParams.extend({ issueId: pathId("issue") }), body: issueStepSchema },
  response: { status: 200, description: "The issue", schema: contractIssueSchema },
  grants: { table: "readwrite" },
} as const;

export const listOpenContractIssuesRoute = {
  operationId: "listOpenContractIssues",
  method: "GET",
  path: "/api/contract-issues",
  summary: "Open contract issues for the home page: a provider's own, a commissioner's regions'",
  context,
  handler: "contracts/list-open-issues.ts",
  access: parties,
  response: {
    status: 200,
    description: "Open issues",
    schema: z.object({ items: z.array(contractIssueSchema) }),
  },
  grants: { table: "read" },
} as const;

/** Issue resolution (seed 003 §7.3–7.4). */
export const contractIssueRoutes = defineRoutes([
  listContractIssuesRoute,
  raiseContractIssueRoute,
  stepContractIssueRoute,
  listOpenContractIssuesRoute,
]);
