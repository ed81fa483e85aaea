import { resultsCsv } from "#shared/evaluation/csv.ts";
import { httpHandler, withStatus } from "../platform/http/handler.ts";
import { resultsForLead } from "./results-for-lead.ts";
import { exportResultsRoute } from "./routes.ts";

/** The ranked results as a CSV download, for the lead only. */
export const handler = httpHandler(exportResultsRoute, async ({ principal, params }) => {
  const results = await resultsForLead(principal, params.opportunityId);
  return withStatus(200, resultsCsv(results), {
    "content-disposition": `attachment; filename="results-${results.opportunityId}.csv"`,
  });
});
