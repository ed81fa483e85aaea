import { httpHandler } from "../platform/http/handler.ts";
import { audienceOf, setRead } from "./repository.ts";
import { markNotificationReadRoute } from "./routes.ts";

/** Marks one of the caller's notifications read (anyone else's is 404). */
export const handler = httpHandler(markNotificationReadRoute, async ({ principal, params }) =>
  setRead(audienceOf(principal), params.notificationId, true),
);
