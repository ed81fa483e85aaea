import { now } from "../platform/clock.ts";
import { httpHandler } from "../platform/http/handler.ts";
import { visibleOnly } from "./access.ts";
import { listDashboard } from "./dashboard.ts";
import { auditListRead, searchReferrals } from "./repository.ts";
import { listOfficerReferralsRoute } from "./routes.ts";
import { searchTerm } from "./search.ts";
import { summarise } from "./stored.ts";

/** A tab of the officers' dashboard, the officer's own or their PDU's; with `q`, a search of their PDU's sent referrals. */
export const handler = httpHandler(listOfficerReferralsRoute, async ({ principal, query }) => {
  const page =
    query.q && principal.pdu
      ? await searchReferrals({ pdu: principal.pdu }, searchTerm(query.q), query.limit, query.cursor)
      : await listDashboard(principal, {
          tab: query.tab,
          scope: query.scope,
          oldestFirst: query.sort === "oldest",
          limit: query.limit,
          cursor: query.cursor,
        });
  const items = await visibleOnly(principal, page.items);
  await auditListRead(
    principal,
    query.q ? "officer-search" : `officer-${query.scope}-${query.tab}`,
    items.map((r) => r.id),
  );
  const at = now();
  return {
    items: items.map((r) => summarise(r, at)),
    ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}),
  };
});
