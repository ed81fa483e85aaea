import { httpHandler } from "../platform/http/handler.ts";
import { requireFrameworkAdmin } from "./access.ts";
import { listApplicationsByStatus } from "./repository.ts";
import { listApplicationsRoute } from "./routes.ts";

/** Applications to decide (or already decided), by decision due date, for framework administrators. */
export const handler = httpHandler(listApplicationsRoute, async ({ principal, query }) => {
  requireFrameworkAdmin(principal);
  return listApplicationsByStatus(query.status, query.limit, query.cursor, query.order === "due-latest");
});
