import { httpHandler } from "../platform/http/handler.ts";
import { conflict, notFound } from "../platform/http/problems.ts";
import { commissionedProcurement } from "./access.ts";
import { findNotice, noticePut, publicNotice, writeAll } from "./repository.ts";
import { editNoticeRoute } from "./routes.ts";

/** The message when someone tries to change a published notice. */
export const immutable = "A published notice cannot be changed. Draft a correction instead.";

/** Edits a draft's description. The facts are the record's; a published notice never changes (409). */
export const handler = httpHandler(editNoticeRoute, async ({ principal, params, body }) => {
  const notice = await findNotice(params.noticeId);
  if (!notice) throw notFound();
  await commissionedProcurement(principal, notice.procurementId);
  if (notice.status === "published") throw conflict(immutable);
  if (notice.version !== body.version) throw conflict();
  const next = { ...notice, description: body.description, version: notice.version + 1 };
  await writeAll([noticePut(next, notice.version)]);
  return publicNotice(next);
});
