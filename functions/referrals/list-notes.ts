import { httpHandler } from "../platform/http/handler.ts";
import { visibleReferral } from "./access.ts";
import { auditRead, listNotes } from "./repository.ts";
import { listNotesRoute } from "./routes.ts";

/** A referral's case notes for either side; the read is audited once it has happened. */
export const handler = httpHandler(listNotesRoute, async ({ principal, params, query }) => {
  const r = await visibleReferral(principal, params.referralId);
  // A forged cursor is refused (400) by the query: no notes were read, so no read is audited.
  const page = await listNotes(r.id, query.limit, query.cursor);
  await auditRead(principal, r.id, "case-notes-viewed");
  return page;
});
