import * as z from "zod";
import { membershipActionSchema, membershipSchema } from "#shared/framework/membership.ts";
import { pathId } from "#shared/http/path-id.ts";
import { pageQuerySchema, pageSchema } from "#shared/common/pagination.ts";
import { defineRoutes } from "../platform/route.ts";

const supplierParams = z.object({ organisationId: pathId("supplier") });

/** A supplier's membership: read by framework administrators and the supplier itself. */
export const getSupplierMembershipRoute = {
  operationId: "getSupplierMembership",
  method: "GET",
  path: "/api/framework/suppliers/{organisationId}/membership",
  summary: "An admitted supplier's membership of the dynamic market (active, suspended or removed)",
  context: "framework",
  handler: "framework/get-membership.ts",
  access: ["provider", "commissioner"],
  request: { params: supplierParams },
  response: { status: 200, description: "The supplier's membership", schema: membershipSchema },
  grants: { table: "read" },
} as const;

/** Framework administrators suspend, remove or reinstate a supplier, with a ground and a reason. */
export const changeSupplierMembershipRoute = {
  operationId: "changeSupplierMembership",
  method: "POST",
  path: "/api/framework/suppliers/{organisationId}/membership",
  summary: "Suspend, remove or reinstate a supplier, telling it why (in the portal and by e-mail)",
  context: "framework",
  handler: "framework/change-membership.ts",
  access: ["commissioner"],
  request: { params: supplierParams, body: membershipActionSchema },
  response: { status: 200, description: "The supplier's membership as changed", schema: membershipSchema },
  grants: { table: "readwrite" },
} as const;

/** Framework administrators list the suppliers on the dynamic market, by name, with their membership. */
export const listSuppliersRoute = {
  operationId: "listSuppliers",
  method: "GET",
  path: "/api/framework/suppliers",
  summary: "The suppliers admitted to the dynamic market, by name, each with its membership",
  context: "framework",
  handler: "framework/list-suppliers.ts",
  access: ["commissioner"],
  request: { query: pageQuerySchema },
  response: { status: 200, description: "One page of suppliers", schema: pageSchema(membershipSchema) },
  grants: { table: "read" },
} as const;

export const membershipRoutes = defineRoutes([
  listSuppliersRoute,
  getSupplierMembershipRoute,
  changeSupplierMembershipRoute,
]);
