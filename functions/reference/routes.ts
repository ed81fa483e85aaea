import { referenceDataSchema } from "#shared/reference/index.ts";
import { defineRoutes } from "../platform/route.ts";

/** Reference data: need areas, tiers, regions and the lists every form uses. */
export const getReferenceRoute = {
  operationId: "getReference",
  method: "GET",
  path: "/api/reference",
  summary:
    "Reference data: need areas and outcomes, complexity tiers, regions and PDUs, and the shared lists",
  context: "reference",
  handler: "reference/get-reference.ts",
  access: "authenticated",
  response: { status: 200, description: "The reference data", schema: referenceDataSchema },
  grants: {},
} as const;

export const referenceRoutes = defineRoutes([getReferenceRoute]);
