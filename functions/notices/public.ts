import type { Release } from "#shared/notices/releases.ts";
import { notFound } from "../platform/http/problems.ts";
import { procurementNotices, type StoredNotice } from "./repository.ts";

/** Public answers may be cached for a minute by browsers and CloudFront: published notices never change. */
export const publicCache = { "cache-control": "public, max-age=60" };

/** The address the request was made to, for OCDS package URIs. */
export const origin = (headers: Record<string, string | undefined>) => {
  const host = headers.host ?? "localhost";
  const scheme = headers["x-forwarded-proto"] ?? (/^(localhost|127\.)/.test(host) ? "http" : "https");
  return `${scheme}://${host}`;
};

/** A procurement's published notices in publication order; 404 when it has none. */
export const publishedNotices = async (procurementId: string): Promise<StoredNotice[]> => {
  const notices = (await procurementNotices(procurementId))
    .filter((n) => n.status === "published")
    .sort((a, b) => `${a.publishedAt}#${a.id}`.localeCompare(`${b.publishedAt}#${b.id}`));
  if (!notices.length) throw notFound("This procurement has no published notices.");
  return notices;
};

/** The releases of published notices, in order. */
export const releasesOf = (notices: StoredNotice[]): Release[] => notices.map((n) => n.release!);
