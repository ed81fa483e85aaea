import * as z from "zod";
import { auditEventSchema } from "#shared/audit/audit-event.ts";
import {
  contractChangeSchema,
  decideChangeSchema,
  terminateContractSchema,
  proposeChangeSchema,
  respondToChangeSchema,
} from "#shared/contracts/change.ts";
import { contractSchema } from "#shared/contracts/contract.ts";
import { contractTermsSchema } from "#shared/contracts/terms.ts";
import { pathId } from "#shared/http/path-id.ts";
import { defineRoutes } from "../platform/route.ts";

const context = "contracts";
const parties = ["commissioner", "provider"] as const;
const contractParams = z.object({ contractId: pathId("contract") });
const changeParams = contractParams.extend({ changeId: pathId("change") });

/** The change register (seed 003 §8.2): every Notice of Change of a contract with its outcome. */
export const listContractChangesRoute = {
  operationId: "listContractChanges",
  method: "GET",
  path: "/api/contracts/{contractId}/changes",
  summary: "A contract's change register: every Notice of Change, oldest first, with its outcome",
  context,
  handler: "contracts/list-changes.ts",
  access: parties,
  request: { params: contractParams },
  response: {
    status: 200,
    description: "The register",
    schema: z.object({ items: z.array(contractChangeSchema) }),
  },
  grants: { table: "read" },
} as const;

export const proposeContractChangeRoute = {
  operationId: "proposeContractChange",
  method: "POST",
  path: "/api/contracts/{contractId}/changes",
  summary: "Proposes a discretionary change (either party) or issues a mandatory one (commissioner)",
  context,
  handler: "contracts/propose-change.ts",
  access: parties,
  request: { params: contractParams, body: proposeChangeSchema },
  response: { status: 201, description: "The Notice of Change", schema: contractChangeSchema },
  grants: { table: "readwrite" },
} as const;

export const respondToContractChangeRoute = {
  operationId: "respondToContractChange",
  method: "POST",
  path: "/api/contracts/{contractId}/changes/{changeId}/responses",
  summary: "Comments on a proposed change, asks for clarification or gives it",
  context,
  handler: "contracts/respond-to-change.ts",
  access: parties,
  request: { params: changeParams, body: respondToChangeSchema },
  response: { status: 200, description: "The change", schema: contractChangeSchema },
  grants: { table: "readwrite" },
} as const;

export const decideContractChangeRoute = {
  operationId: "decideContractChange",
  method: "POST",
  path: "/api/contracts/{contractId}/changes/{changeId}/decision",
  summary: "The commissioner amends as proposed, as modified, or makes no change, with a reason",
  context,
  handler: "contracts/decide-change.ts",
  access: parties,
  request: { params: changeParams, body: decideChangeSchema },
  response: { status: 200, description: "The decided change", schema: contractChangeSchema },
  grants: { table: "readwrite" },
} as const;

export const getContractTermsRoute = {
  operationId: "getContractTerms",
  method: "GET",
  path: "/api/contracts/{contractId}/terms",
  summary: "Every version of a contract's terms, and the version in force on a date",
  context,
  handler: "contracts/get-terms.ts",
  access: parties,
  request: {
    params: contractParams,
    query: z.object({
      asAt: z.iso.date({ message: "Enter a real date, for example 2027-04-01" }).optional(),
    }),
  },
  response: {
    status: 200,
    description: "The versions and the one in force",
    schema: z.object({ versions: z.array(contractTermsSchema), asAt: contractTermsSchema.optional() }),
  },
  grants: { table: "read" },
} as const;

export const getContractHistoryRoute = {
  operationId: "getContractHistory",
  method: "GET",
  path: "/api/contracts/{contractId}/history",
  summary: "What happened to a contract, in order: every proposal, decision, issue step and termination",
  context,
  handler: "contracts/get-history.ts",
  access: parties,
  request: { params: contractParams },
  response: {
    status: 200,
    description: "The contract's audit trail, oldest first",
    schema: z.object({ items: z.array(auditEventSchema) }),
  },
  grants: { table: "read" },
} as const;

export const terminateContractRoute = {
  operationId: "terminateContract",
  method: "POST",
  path: "/api/contracts/{contractId}/termination",
  summary: "The commissioner terminates a contract: its interventions leave the catalogue from the date",
  context,
  handler: "contracts/terminate-contract.ts",
  access: parties,
  request: {
    params: contractParams,
    body: terminateContractSchema,
  },
  response: { status: 200, description: "The terminated contract", schema: contractSchema },
  grants: { table: "readwrite" },
} as const;

/** Contract management: the change register, Notices of Change, terms history, history and termination. */
export const contractChangeRoutes = defineRoutes([
  listContractChangesRoute,
  proposeContractChangeRoute,
  respondToContractChangeRoute,
  decideContractChangeRoute,
  getContractTermsRoute,
  getContractHistoryRoute,
  terminateContractRoute,
]);
