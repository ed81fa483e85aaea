import { defineRoutes } from "../platform/route.ts";
import { publicRoutes } from "./public-routes.ts";
import { commissionerNoticeRoutes } from "./routes.ts";
import { summaryRoutes } from "./summary-routes.ts";

/** Every route of the notices context: the commissioners' drafting, summaries and the public record. */
export const noticeRoutes = defineRoutes([...commissionerNoticeRoutes, ...summaryRoutes, ...publicRoutes]);
