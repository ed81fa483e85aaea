import { httpHandler } from "../platform/http/handler.ts";
import { visibleReferral } from "./access.ts";
import { auditRead, listNotes } from "./repository.ts";
import { listNotesRoute } from "./routes.ts";

/** A referral's case notes for either side; the read is audited. */
export const handler = httpHandler(listNotesRoute, async ({ principal, params, query }) => {
  const r = await visibleReferral(principal, params.referralId);
  await auditRead(principal, r.id, "case-notes-viewed");
  return listNotes(r.id, query.limit, query.cursor);
});
