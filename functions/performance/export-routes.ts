import * as z from "zod";
import { dashboardQuerySchema, monthSchema } from "#shared/performance/dashboard.ts";
import { dashboardTableIds } from "#shared/performance/tables.ts";
import { setTargetSchema, targetSchema, targetsSchema } from "#shared/performance/targets.ts";
import { defineRoutes } from "../platform/route.ts";
import { pathId } from "#shared/http/path-id.ts";

const context = "performance";

/** Targets, CSV exports of the dashboard's tables and the monthly contract report. */
export const getTargetsRoute = {
  operationId: "getPerformanceTargets",
  method: "GET",
  path: "/api/performance/targets",
  summary:
    "The seed default targets and the targets set: commissioners, in their regions; providers, those applying to their own contracts",
  context,
  handler: "performance/get-targets.ts",
  access: ["commissioner", "provider"],
  response: { status: 200, description: "Defaults and targets", schema: targetsSchema },
  grants: { table: "read" },
} as const;

export const setTargetRoute = {
  operationId: "setPerformanceTarget",
  method: "PUT",
  path: "/api/performance/targets",
  summary:
    "Set one measure's target for a contract, or for a need area in a region (commissioners of that region)",
  context,
  handler: "performance/set-target.ts",
  access: ["commissioner"],
  request: { body: setTargetSchema },
  response: { status: 200, description: "The target as set", schema: targetSchema },
  grants: { table: "readwrite" },
} as const;

export const exportDashboardRoute = {
  operationId: "exportDashboardTable",
  method: "GET",
  path: "/api/performance/dashboard/export",
  summary: "One table of the dashboard, with the same filters, as CSV",
  context,
  handler: "performance/export-dashboard.ts",
  access: ["commissioner", "provider"],
  request: {
    query: dashboardQuerySchema.extend({
      table: z.enum(dashboardTableIds, { message: "Choose a table to download" }),
    }),
  },
  response: {
    status: 200,
    description: "The table's header and rows, exactly as the dashboard shows them",
    schema: z.string(),
    contentType: "text/csv",
  },
  grants: { table: "read" },
} as const;

export const contractReportRoute = {
  operationId: "getContractReport",
  method: "GET",
  path: "/api/performance/contracts/{contractId}/report",
  summary: "A contract's monthly report as CSV: the month and the financial year to date against its targets",
  context,
  handler: "performance/contract-report.ts",
  access: ["commissioner"],
  request: {
    params: z.object({ contractId: pathId("contract") }),
    query: z.object({ month: monthSchema }),
  },
  response: {
    status: 200,
    description: "The report",
    schema: z.string(),
    contentType: "text/csv",
  },
  grants: { table: "read" },
} as const;

export const performanceExportRoutes = defineRoutes([
  getTargetsRoute,
  setTargetRoute,
  exportDashboardRoute,
  contractReportRoute,
]);
