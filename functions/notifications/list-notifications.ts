import { httpHandler } from "../platform/http/handler.ts";
import { audienceOf, listNotifications } from "./repository.ts";
import { listNotificationsRoute } from "./routes.ts";

/** The caller's notifications, newest first. */
export const handler = httpHandler(listNotificationsRoute, async ({ principal, query }) =>
  listNotifications(audienceOf(principal), query.limit, query.cursor),
);
