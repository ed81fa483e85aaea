import * as z from "zod";
import {
  catalogueEntrySchema,
  cataloguePageSchema,
  catalogueQuerySchema,
} from "#shared/catalogue/catalogue.ts";
import { tierIdSchema } from "#shared/reference/schema.ts";
import { defineRoutes } from "../platform/route.ts";
import { pathId } from "#shared/http/path-id.ts";

const context = "catalogue";

export const interventionParams = z.object({
  interventionId: pathId("intervention", 100),
});

/** Live interventions officers can refer people to. */
export const searchCatalogueRoute = {
  operationId: "searchCatalogue",
  method: "GET",
  path: "/api/catalogue",
  summary: "Search live interventions by PDU or region, need area, tier, sex, age 18–25 and setting",
  context,
  handler: "catalogue/search-catalogue.ts",
  access: ["responsible-officer", "commissioner"],
  request: { query: catalogueQuerySchema },
  response: { status: 200, description: "A page of live interventions", schema: cataloguePageSchema },
  grants: { table: "read" },
} as const;

export const catalogueInterventionSchema = catalogueEntrySchema.extend({
  contractTiers: z.array(z.object({ interventionId: z.string(), tierId: tierIdSchema, title: z.string() })),
});

export const getCatalogueInterventionRoute = {
  operationId: "getCatalogueIntervention",
  method: "GET",
  path: "/api/catalogue/{interventionId}",
  summary: "One live intervention, its capacity this year and the other tiers of its contract",
  context,
  handler: "catalogue/get-catalogue-intervention.ts",
  access: ["responsible-officer", "commissioner"],
  request: { params: interventionParams },
  response: { status: 200, description: "The intervention", schema: catalogueInterventionSchema },
  grants: { table: "read" },
} as const;

export const catalogueRoutes = defineRoutes([searchCatalogueRoute, getCatalogueInterventionRoute]);
