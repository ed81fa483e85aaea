import { dashboardTable, dashboardTableCsv } from "#shared/performance/tables.ts";
import { httpHandler, withStatus } from "../platform/http/handler.ts";
import { exportDashboardRoute } from "./export-routes.ts";
import { readDashboard } from "./read-dashboard.ts";
import { visibleTargets } from "./targets-repository.ts";

/**
 * One dashboard table as CSV. The figures are aggregates, so a table is bounded by contracts × months
 * (at most a few thousand short rows), never by the number of referrals: building it in the response
 * is the right size, and nothing needs to go through S3 and a presigned link.
 */
export const handler = httpHandler(exportDashboardRoute, async ({ principal, query }) => {
  const { table, ...filters } = query;
  const [dashboard, targets] = await Promise.all([
    readDashboard(principal, filters),
    visibleTargets(principal),
  ]);
  const { from, to } = dashboard.applied;
  return withStatus(200, dashboardTableCsv(dashboardTable(dashboard, table, targets)), {
    "content-disposition": `attachment; filename="performance-${table}-${from}-to-${to}.csv"`,
  });
});
