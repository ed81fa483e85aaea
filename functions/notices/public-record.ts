import { recordPackage } from "#shared/notices/releases.ts";
import { withStatus } from "../platform/http/handler.ts";
import { httpHandler } from "../platform/http/handler.ts";
import { origin, publicCache, publishedNotices, releasesOf } from "./public.ts";
import { publicRecordRoute } from "./public-routes.ts";

/** A procurement's OCDS record package: links to its releases and the compiled release. */
export const handler = httpHandler(publicRecordRoute, async ({ params, headers }) => {
  const releases = releasesOf(await publishedNotices(params.procurementId));
  const base = `${origin(headers)}/api/public/procurements/${params.procurementId}`;
  return withStatus(200, recordPackage(`${base}/record`, `${base}/releases`, releases), publicCache);
});
