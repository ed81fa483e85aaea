import { cancellationItems, findEvaluationRecord, requireAllowed } from "../evaluation/index.ts";
import { failedConditions, transact } from "../platform/data/transact.ts";
import { httpHandler } from "../platform/http/handler.ts";
import { conflict } from "../platform/http/problems.ts";
import { commissionedOpportunity } from "./access.ts";
import { present } from "./present.ts";
import { cancelOpportunityRoute } from "./routes.ts";

/**
 * Cancels a competition with a reason that bidders will see — at any point the law allows, never once
 * contracts exist. One transaction cancels the opportunity and its evaluation, each conditioned on being
 * as read, so a cancel racing an award (or another cancel) lands only if it came first.
 */
export const handler = httpHandler(cancelOpportunityRoute, async ({ principal, params, body }) => {
  const before = await commissionedOpportunity(principal, params.opportunityId);
  const record = await findEvaluationRecord(before.id);
  requireAllowed(before, record, "cancel");
  const { after, items } = cancellationItems(principal, before, record, body.reason, body.version);
  try {
    await transact(items);
  } catch (error) {
    if (failedConditions(error)) throw conflict();
    throw error;
  }
  return present(principal, after);
});
