import { withStatus } from "../platform/http/handler.ts";
import { httpHandler } from "../platform/http/handler.ts";
import { publicCache, publishedNotices } from "./public.ts";
import { publicProcurementRoute } from "./public-routes.ts";
import { publicNotice } from "./repository.ts";

/** A procurement's published notices, in the order they were published. */
export const handler = httpHandler(publicProcurementRoute, async ({ params }) => {
  const notices = await publishedNotices(params.procurementId);
  const last = notices[notices.length - 1]!;
  return withStatus(
    200,
    {
      procurementId: params.procurementId,
      procurementTitle: last.procurementTitle,
      ocid: last.ocid,
      items: notices.map(publicNotice),
    },
    publicCache,
  );
});
