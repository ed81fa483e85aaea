import { isOpen } from "#shared/referrals/status.ts";
import { now } from "../platform/clock.ts";
import { httpHandler } from "../platform/http/handler.ts";
import { visibleOnly } from "./access.ts";
import { auditListRead, listInbox, searchReferrals } from "./repository.ts";
import { listInboxRoute } from "./routes.ts";
import { searchTerm } from "./search.ts";
import { summarise } from "./stored.ts";

/** A tab of the provider's inbox, or a search of all its referrals by name, CRN or reference. */
export const handler = httpHandler(listInboxRoute, async ({ principal, query }) => {
  const organisationId = principal.organisationId ?? "";
  const page = query.q
    ? await searchReferrals({ organisationId }, searchTerm(query.q), query.limit, query.cursor)
    : await listInbox(principal, query.tab, {
        overdue: query.overdue,
        approval: query.approval,
        oldestFirst: query.sort === "oldest",
        limit: query.limit,
        cursor: query.cursor,
      });
  const at = now();
  const items = (await visibleOnly(principal, page.items))
    .map((r) => summarise(r, at))
    .filter((r) => !query.q || !query.overdue || (r.overdue && isOpen(r.status)));
  await auditListRead(
    principal,
    query.q ? "provider-search" : `provider-${query.tab}`,
    items.map((r) => r.id),
  );
  return { items, ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) };
});
