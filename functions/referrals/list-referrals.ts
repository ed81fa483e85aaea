import { now } from "../platform/clock.ts";
import { httpHandler } from "../platform/http/handler.ts";
import { visibleOnly } from "./access.ts";
import { auditListRead, listOfficerReferrals, searchReferrals } from "./repository.ts";
import { listOfficerReferralsRoute } from "./routes.ts";
import { searchTerm } from "./search.ts";
import { summarise } from "./stored.ts";

/** The officer's referrals in one status; with `q`, a search of their PDU's sent referrals. */
export const handler = httpHandler(listOfficerReferralsRoute, async ({ principal, query }) => {
  const page =
    query.q && principal.pdu
      ? await searchReferrals({ pdu: principal.pdu }, searchTerm(query.q), query.limit, query.cursor)
      : await listOfficerReferrals(principal.userId, query.status, query.limit, query.cursor);
  const items = await visibleOnly(principal, page.items);
  await auditListRead(
    principal,
    query.q ? "officer-search" : `officer-${query.status}`,
    items.map((r) => r.id),
  );
  const at = now();
  return {
    items: items.map((r) => summarise(r, at)),
    ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}),
  };
});
