import { httpHandler } from "../platform/http/handler.ts";
import { audienceOf, unreadCount } from "./repository.ts";
import { unreadCountRoute } from "./routes.ts";

/** How many of the caller's notifications are unread: one item read, whatever the inbox holds. */
export const handler = httpHandler(unreadCountRoute, async ({ principal }) => ({
  unread: await unreadCount(audienceOf(principal)),
}));
