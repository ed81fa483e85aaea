import * as z from "zod";
import { pageQuerySchema, pageSchema } from "#shared/common/pagination.ts";
import { contractCapacitySchema } from "#shared/contracts/capacity.ts";
import { contractSchema, interventionSchema } from "#shared/contracts/contract.ts";
import { defineRoutes } from "../platform/route.ts";
import { pathId } from "#shared/http/path-id.ts";

const context = "contracts";

/** Contracts and their live interventions, created when a competition's standstill ends. */
export const listContractsRoute = {
  operationId: "listContracts",
  method: "GET",
  path: "/api/contracts",
  summary:
    "Providers: their own contracts. Commissioners: an opportunity's contracts, or a region's (default their first). Filter by status, need area, region and ending within 90 days; sort by start or end date",
  context,
  handler: "contracts/list-contracts.ts",
  access: ["commissioner", "provider"],
  request: {
    query: pageQuerySchema.extend({
      opportunityId: pathId("opportunity").optional(),
      region: z
        .string({ message: "Select one of your regions" })
        .min(1, "Select one of your regions")
        .max(64, "Select one of your regions")
        .optional(),
      order: z
        .enum(["oldest", "newest", "ending-soonest", "ending-latest"], {
          message: "Sort by the start date or the end date",
        })
        .default("oldest"),
      status: z
        .enum(["live", "terminated", "expired"], { message: "Choose live, terminated or expired contracts" })
        .optional(),
      needArea: z
        .string({ message: "Select a need area" })
        .min(1, "Select a need area")
        .max(64, "Select a need area")
        .optional(),
      ending: z.enum(["within-90-days"], { message: "Choose contracts ending within 90 days" }).optional(),
    }),
  },
  response: { status: 200, description: "A page of contracts", schema: pageSchema(contractSchema) },
  grants: { table: "read" },
} as const;

/** A read of one contract by its parties: its provider and the commissioners of its regions. */
const readByParties = {
  context,
  access: ["commissioner", "provider"],
  request: { params: z.object({ contractId: pathId("contract") }) },
  grants: { table: "read" },
} as const;

export const getContractRoute = {
  ...readByParties,
  operationId: "getContract",
  method: "GET",
  path: "/api/contracts/{contractId}",
  summary: "One contract: its provider, or commissioners of its regions",
  handler: "contracts/get-contract.ts",
  response: { status: 200, description: "The contract", schema: contractSchema },
} as const;

export const getContractCapacityRoute = {
  ...readByParties,
  operationId: "getContractCapacity",
  method: "GET",
  path: "/api/contracts/{contractId}/capacity",
  summary: "A contract's capacity and the referrals counted against it this year, per intervention",
  handler: "contracts/get-capacity.ts",
  response: { status: 200, description: "Capacity and places used", schema: contractCapacitySchema },
} as const;

export const getInterventionRoute = {
  operationId: "getIntervention",
  method: "GET",
  path: "/api/interventions/{interventionId}",
  summary: "One live intervention (an awarded tier offer) as the referral catalogue shows it",
  context,
  handler: "contracts/get-intervention.ts",
  access: ["commissioner", "provider", "responsible-officer"],
  request: { params: z.object({ interventionId: pathId("intervention") }) },
  response: { status: 200, description: "The intervention", schema: interventionSchema },
  grants: { table: "read" },
} as const;

export const contractRoutes = defineRoutes([
  listContractsRoute,
  getContractRoute,
  getContractCapacityRoute,
  getInterventionRoute,
]);
