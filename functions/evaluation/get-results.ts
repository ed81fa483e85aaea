import { httpHandler } from "../platform/http/handler.ts";
import { resultsForLead } from "./results-for-lead.ts";
import { getResultsRoute } from "./routes.ts";

/** The ranked results with the working, for the lead only (anyone else: 404). */
export const handler = httpHandler(getResultsRoute, async ({ principal, params }) =>
  resultsForLead(principal, params.opportunityId),
);
