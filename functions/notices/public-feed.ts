import { releasePackage } from "#shared/notices/releases.ts";
import { now } from "../platform/clock.ts";
import { withStatus } from "../platform/http/handler.ts";
import { httpHandler } from "../platform/http/handler.ts";
import { origin, publicCache } from "./public.ts";
import { publicFeedRoute } from "./public-routes.ts";
import { feedPage } from "./register.ts";

/**
 * The harvest feed: releases in publication order as a release package per page, with `links.next`
 * for the page after. Following the links from any `since` returns every release once.
 */
export const handler = httpHandler(publicFeedRoute, async ({ query, headers }) => {
  const page = await feedPage(query.since, query.limit, query.cursor);
  const base = `${origin(headers)}/api/public/releases`;
  const params = new URLSearchParams({
    ...(query.since ? { since: query.since } : {}),
    ...(query.cursor ? { cursor: query.cursor } : {}),
    limit: String(query.limit),
  });
  const next = page.nextCursor
    ? new URLSearchParams({
        ...(query.since ? { since: query.since } : {}),
        cursor: page.nextCursor,
        limit: String(query.limit),
      })
    : undefined;
  const publishedDate = page.releases[page.releases.length - 1]?.date ?? now().toISOString();
  return withStatus(
    200,
    {
      ...releasePackage(`${base}?${params.toString()}`, page.releases, publishedDate),
      ...(next ? { links: { next: `${base}?${next.toString()}` } } : {}),
    },
    publicCache,
  );
});
