import { httpHandler } from "../platform/http/handler.ts";
import { audienceOf, markRead } from "./repository.ts";
import { markNotificationReadRoute } from "./routes.ts";

/** Marks one of the caller's notifications read (anyone else's is 404). */
export const handler = httpHandler(markNotificationReadRoute, async ({ principal, params }) =>
  markRead(audienceOf(principal), params.notificationId),
);
