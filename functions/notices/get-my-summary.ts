import { findEvaluationRecord } from "../evaluation/index.ts";
import { httpHandler } from "../platform/http/handler.ts";
import { notFound } from "../platform/http/problems.ts";
import { findSummary } from "./summaries.ts";
import { getMySummaryRoute } from "./summary-routes.ts";

/** The caller's organisation's assessment summary as sent, with the standstill end once known. */
export const handler = httpHandler(getMySummaryRoute, async ({ principal, params }) => {
  const summary = principal.organisationId
    ? await findSummary(params.opportunityId, principal.organisationId)
    : undefined;
  if (!summary) throw notFound("Your assessment summary has not been sent yet.");
  const record = await findEvaluationRecord(params.opportunityId);
  return { ...summary, ...(record?.standstillEndsAt ? { standstillEndsAt: record.standstillEndsAt } : {}) };
});
