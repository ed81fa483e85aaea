import { dashboardQuerySchema, dashboardSchema } from "#shared/performance/dashboard.ts";
import { defineRoutes } from "../platform/route.ts";

const context = "performance";

/** Performance dashboards: aggregates only, never a person. */
export const getDashboardRoute = {
  operationId: "getDashboard",
  method: "GET",
  path: "/api/performance/dashboard",
  summary:
    "Commissioners: performance of the contracts in their regions. Providers: of their own contracts. Filters narrow it",
  context,
  handler: "performance/get-dashboard.ts",
  access: ["commissioner", "provider"],
  request: { query: dashboardQuerySchema },
  response: { status: 200, description: "The dashboard's figures", schema: dashboardSchema },
  grants: { table: "read" },
} as const;

export const performanceRoutes = defineRoutes([getDashboardRoute]);
