import { auditKeys } from "../platform/data/audit.ts";
import { withoutKeys } from "../platform/data/item.ts";
import { queryPage } from "../platform/data/query-page.ts";
import { httpHandler } from "../platform/http/handler.ts";
import { commissionedOpportunity } from "./access.ts";
import { opportunityAuditRoute } from "./routes.ts";

/** The opportunity's audit trail for commissioners of its regions. */
export const handler = httpHandler(opportunityAuditRoute, async ({ principal, params, query }) => {
  await commissionedOpportunity(principal, params.opportunityId);
  const page = await queryPage<Record<string, unknown>>({
    partition: auditKeys.trail("opportunity", params.opportunityId),
    limit: query.limit,
    cursor: query.cursor,
  });
  return {
    ...page,
    items: page.items.map((item) => withoutKeys(item)),
  };
});
