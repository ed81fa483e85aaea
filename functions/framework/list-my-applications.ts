import { httpHandler } from "../platform/http/handler.ts";
import { listApplicationsOfOrganisation } from "./repository.ts";
import { listMyApplicationsRoute } from "./routes.ts";

/** The provider's own applications, newest first. */
export const handler = httpHandler(listMyApplicationsRoute, async ({ principal, query }) =>
  principal.organisationId
    ? listApplicationsOfOrganisation(principal.organisationId, query.limit, query.cursor)
    : { items: [] },
);
