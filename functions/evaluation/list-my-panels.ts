import { httpHandler } from "../platform/http/handler.ts";
import { listPanelsOf } from "./repository.ts";
import { listMyPanelsRoute } from "./routes.ts";

/** The competitions the caller evaluates: their scoring queue starts here. */
export const handler = httpHandler(listMyPanelsRoute, async ({ principal, query }) =>
  listPanelsOf(principal.userId, query.limit, query.cursor),
);
