import {
  type InboxTab,
  inboxTabLabels,
  inboxTabSchema,
  officerListSchema,
} from "#shared/referrals/referral.ts";
import { referralStatusLabels } from "#shared/referrals/status.ts";

/** The search box's text as the URL keeps it: trimmed, left out when blank. */
export const searchParamsFor = (text: string, otherwise: Record<string, string>): Record<string, string> => {
  const q = text.trim();
  return q ? { q } : otherwise;
};

/** What the provider's inbox shows for its URL: the tab, search, sort and filter, the API query and links. */
export function inboxView(params: URLSearchParams) {
  const tab: InboxTab = inboxTabSchema.catch("unassigned").parse(params.get("tab") ?? "unassigned");
  const q = params.get("q") ?? "";
  const sort = params.get("sort") === "oldest" ? "oldest" : "newest";
  const overdue = params.get("overdue") === "true";
  const listing = (extra: Record<string, string>) =>
    new URLSearchParams({ tab, sort, ...(overdue ? { overdue: "true" } : {}), ...extra });
  const query = listing({ limit: "20", ...(q ? { q } : {}) });
  const cursor = params.get("cursor");
  if (cursor) query.set("cursor", cursor);
  return {
    tab,
    q,
    sort,
    overdue,
    query,
    caption: q ? `Referrals matching “${q}”` : `${inboxTabLabels[tab]}${overdue ? " (overdue only)" : ""}`,
    tabs: inboxTabSchema.options.map((t) => ({
      href: `/provider/referrals?${listing({ tab: t }).toString()}`,
      text: inboxTabLabels[t],
      current: !q && t === tab,
    })),
    nextHref: (nextCursor: string | undefined) =>
      nextCursor
        ? `/provider/referrals?${listing({ cursor: nextCursor, ...(q ? { q } : {}) }).toString()}`
        : undefined,
  };
}

/** The inbox's sort and filter form as typed, from the URL. */
export interface InboxOptions {
  sort: string;
  overdue: string[];
}
export const inboxOptionsOf = (view: { sort: string; overdue: boolean }): InboxOptions => ({
  sort: view.sort,
  overdue: view.overdue ? ["true"] : [],
});
/** Applying the sort and filter keeps the tab and starts from the first page. */
export const inboxOptionParams = (tab: InboxTab, options: InboxOptions): Record<string, string> => ({
  tab,
  sort: options.sort === "oldest" ? "oldest" : "newest",
  ...(options.overdue.length ? { overdue: "true" } : {}),
});

/** What the officer's referrals page shows for its URL: the status tab or a search of their PDU. */
export function myReferralsView(params: URLSearchParams) {
  const status = officerListSchema.catch("sent").parse(params.get("status") ?? "sent");
  const q = params.get("q") ?? "";
  const query = new URLSearchParams({ limit: "20", ...(q ? { q } : { status }) });
  const cursor = params.get("cursor");
  if (cursor) query.set("cursor", cursor);
  return {
    status,
    q,
    query,
    caption: q ? `Referrals in your PDU matching “${q}”` : `${referralStatusLabels[status]} referrals`,
    tabs: officerListSchema.options.map((s) => ({
      href: `/referrals?status=${s}`,
      text: referralStatusLabels[s],
      current: !q && s === status,
    })),
    nextHref: (nextCursor: string | undefined) => {
      if (!nextCursor) return undefined;
      const next = new URLSearchParams(params);
      next.set("cursor", nextCursor);
      return `/referrals?${next.toString()}`;
    },
  };
}
