import { releasePackage } from "#shared/notices/releases.ts";
import { withStatus } from "../platform/http/handler.ts";
import { httpHandler } from "../platform/http/handler.ts";
import { origin, publicCache, publishedNotices, releasesOf } from "./public.ts";
import { publicReleasesRoute } from "./public-routes.ts";

/** A procurement's releases as one OCDS release package. */
export const handler = httpHandler(publicReleasesRoute, async ({ params, headers }) => {
  const releases = releasesOf(await publishedNotices(params.procurementId));
  const uri = `${origin(headers)}/api/public/procurements/${params.procurementId}/releases`;
  return withStatus(200, releasePackage(uri, releases, releases[releases.length - 1]!.date), publicCache);
});
