import { httpHandler } from "../platform/http/handler.ts";
import { readDashboard } from "./read-dashboard.ts";
import { getDashboardRoute } from "./routes.ts";

/** A commissioner's (their regions) or provider's (own contracts) performance dashboard. */
export const handler = httpHandler(getDashboardRoute, async ({ principal, query }) =>
  readDashboard(principal, query),
);
