import { httpHandler } from "../platform/http/handler.ts";
import { notFound } from "../platform/http/problems.ts";
import { commissionedProcurement } from "./access.ts";
import { findNotice, publicNotice } from "./repository.ts";
import { getNoticeRoute } from "./routes.ts";

/** A notice, draft or published, for the commissioners of its procurement. */
export const handler = httpHandler(getNoticeRoute, async ({ principal, params }) => {
  const notice = await findNotice(params.noticeId);
  if (!notice) throw notFound();
  await commissionedProcurement(principal, notice.procurementId);
  return publicNotice(notice);
});
