import { httpHandler } from "../platform/http/handler.ts";
import { audienceOf, setRead } from "./repository.ts";
import { markNotificationUnreadRoute } from "./routes.ts";

/** Marks one of the caller's notifications unread again (anyone else's is 404). */
export const handler = httpHandler(markNotificationUnreadRoute, async ({ principal, params }) =>
  setRead(audienceOf(principal), params.notificationId, false),
);
