import { httpHandler } from "../platform/http/handler.ts";
import { notFound } from "../platform/http/problems.ts";
import { canSeeApplication } from "./access.ts";
import { findApplication } from "./repository.ts";
import { getApplicationRoute } from "./routes.ts";

/** One application; "not yours" looks exactly like "not there". */
export const handler = httpHandler(getApplicationRoute, async ({ principal, params }) => {
  const application = await findApplication(params.applicationId);
  if (!application || !canSeeApplication(principal, application)) throw notFound();
  return application;
});
