import { londonDate } from "#shared/time/index.ts";
import { now } from "../platform/clock.ts";
import { httpHandler } from "../platform/http/handler.ts";
import { requireFrameworkAdmin } from "./access.ts";
import { documentsExpiring } from "./document-repository.ts";
import { listLapsedDocumentsRoute } from "./document-routes.ts";

/** Every supplier's framework documents whose expiry date has passed, for framework administrators. */
export const handler = httpHandler(listLapsedDocumentsRoute, async ({ principal, query }) => {
  requireFrameworkAdmin(principal);
  return documentsExpiring({ before: londonDate(now()) }, query.limit, query.cursor);
});
