import { httpHandler } from "../platform/http/handler.ts";
import { notFound } from "../platform/http/problems.ts";
import { requireFrameworkAdmin } from "./access.ts";
import { decideApplication, findApplication } from "./repository.ts";
import { decideApplicationRoute } from "./routes.ts";

/** A framework administrator admits or rejects an application. */
export const handler = httpHandler(decideApplicationRoute, async ({ principal, params, body }) => {
  requireFrameworkAdmin(principal);
  const application = await findApplication(params.applicationId);
  if (!application) throw notFound();
  return decideApplication(principal, application, body);
});
