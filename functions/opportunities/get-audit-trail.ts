import { auditKeys } from "../platform/data/audit.ts";
import { withoutKeys } from "../platform/data/item.ts";
import { queryFilledPage } from "../platform/data/query-page.ts";
import { httpHandler } from "../platform/http/handler.ts";
import { commissionedOpportunity } from "./access.ts";
import { opportunityAuditRoute } from "./routes.ts";

/**
 * The opportunity's audit trail for commissioners of its regions, optionally only one action or one
 * person's changes (a filter on the one partition's Query, topped up to a page).
 */
export const handler = httpHandler(opportunityAuditRoute, async ({ principal, params, query }) => {
  await commissionedOpportunity(principal, params.opportunityId);
  const filters: string[] = [];
  const values: Record<string, unknown> = {};
  const names: Record<string, string> = {};
  if (query.action) {
    filters.push("#action = :action");
    names["#action"] = "action";
    values[":action"] = query.action;
  }
  if (query.actor) {
    filters.push("#actor.#userId = :actor");
    names["#actor"] = "actor";
    names["#userId"] = "userId";
    values[":actor"] = query.actor;
  }
  const page = await queryFilledPage<Record<string, unknown>>({
    partition: auditKeys.trail("opportunity", params.opportunityId),
    limit: query.limit,
    cursor: query.cursor,
    ...(filters.length ? { filter: filters.join(" AND "), values, names } : {}),
  });
  return {
    ...page,
    items: page.items.map((item) => withoutKeys(item)),
  };
});
