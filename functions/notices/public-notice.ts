import { withStatus } from "../platform/http/handler.ts";
import { httpHandler } from "../platform/http/handler.ts";
import { notFound } from "../platform/http/problems.ts";
import { publicCache } from "./public.ts";
import { publicNoticeRoute } from "./public-routes.ts";
import { findNotice, publicNotice } from "./repository.ts";

/** One published notice (a draft is 404: it is not yet part of the record). */
export const handler = httpHandler(publicNoticeRoute, async ({ params }) => {
  const notice = await findNotice(params.noticeId);
  if (notice?.status !== "published") throw notFound("There is no published notice with this reference.");
  return withStatus(200, publicNotice(notice), publicCache);
});
