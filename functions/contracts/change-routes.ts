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
import { inFunction, type RouteDefinition } from "../platform/route.ts";

const context = "contracts";
const parties = ["commissioner", "provider"] as const;
const contractParams = z.object({ contractId: pathId("contract") });
const changeParams = contractParams.extend({ changeId: pathId("change") });

/**
 * A contract management route: both parties may call it (the handler checks which may act), in this
 * context, reading the table for a GET and writing it otherwise.
 */
const route = <const R extends Omit<RouteDefinition, "context" | "access" | "grants">>(r: R) => ({
  ...r,
  context,
  access: parties,
  grants: { table: r.method === "GET" ? ("read" as const) : ("readwrite" as const) },
});

/** The change register (seed 003 §8.2): every Notice of Change of a contract with its outcome. */
export const listContractChangesRoute = route({
  operationId: "listContractChanges",
  method: "GET",
  path: "/api/contracts/{contractId}/changes",
  summary: "A contract's change register: every Notice of Change, oldest first, with its outcome",
  handler: "contracts/list-changes.ts",
  request: { params: contractParams },
  response: {
    status: 200,
    description: "The register",
    schema: z.object({ items: z.array(contractChangeSchema) }),
  },
});

export const proposeContractChangeRoute = route({
  operationId: "proposeContractChange",
  method: "POST",
  path: "/api/contracts/{contractId}/changes",
  summary: "Proposes a discretionary change (either party) or issues a mandatory one (commissioner)",
  handler: "contracts/propose-change.ts",
  request: { params: contractParams, body: proposeChangeSchema },
  response: { status: 201, description: "The Notice of Change", schema: contractChangeSchema },
});

export const respondToContractChangeRoute = route({
  operationId: "respondToContractChange",
  method: "POST",
  path: "/api/contracts/{contractId}/changes/{changeId}/responses",
  summary: "Comments on a proposed change, asks for clarification or gives it",
  handler: "contracts/respond-to-change.ts",
  request: { params: changeParams, body: respondToChangeSchema },
  response: { status: 200, description: "The change", schema: contractChangeSchema },
});

export const decideContractChangeRoute = route({
  operationId: "decideContractChange",
  method: "POST",
  path: "/api/contracts/{contractId}/changes/{changeId}/decision",
  summary: "The commissioner amends as proposed, as modified, or makes no change, with a reason",
  handler: "contracts/decide-change.ts",
  request: { params: changeParams, body: decideChangeSchema },
  response: { status: 200, description: "The decided change", schema: contractChangeSchema },
});

export const getContractTermsRoute = route({
  operationId: "getContractTerms",
  method: "GET",
  path: "/api/contracts/{contractId}/terms",
  summary: "Every version of a contract's terms, and the version in force on a date",
  handler: "contracts/get-terms.ts",
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
});

export const getContractHistoryRoute = route({
  operationId: "getContractHistory",
  method: "GET",
  path: "/api/contracts/{contractId}/history",
  summary: "What happened to a contract, in order: every proposal, decision, issue step and termination",
  handler: "contracts/get-history.ts",
  request: { params: contractParams },
  response: {
    status: 200,
    description: "The contract's audit trail, oldest first",
    schema: z.object({ items: z.array(auditEventSchema) }),
  },
});

export const terminateContractRoute = route({
  operationId: "terminateContract",
  method: "POST",
  path: "/api/contracts/{contractId}/termination",
  summary: "The commissioner terminates a contract: its interventions leave the catalogue from the date",
  handler: "contracts/terminate-contract.ts",
  request: {
    params: contractParams,
    body: terminateContractSchema,
  },
  response: { status: 200, description: "The terminated contract", schema: contractSchema },
});

/** Contract management: the change register, Notices of Change, terms history, history and termination. */
// A function of its own: contracts in one function is over the 250 KB budget (ADR 0013).
export const contractChangeRoutes = inFunction("contracts-changes", [
  listContractChangesRoute,
  proposeContractChangeRoute,
  respondToContractChangeRoute,
  decideContractChangeRoute,
  getContractTermsRoute,
  getContractHistoryRoute,
  terminateContractRoute,
]);
