import { type InboxTab, inboxTabLabels, inboxTabSchema } from "#shared/referrals/referral.ts";

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
  const approval = params.get("approval") === "true";
  const listing = (extra: Record<string, string>) =>
    new URLSearchParams({
      tab,
      sort,
      ...(overdue ? { overdue: "true" } : {}),
      ...(approval ? { approval: "true" } : {}),
      ...extra,
    });
  const query = listing({ limit: "20", ...(q ? { q } : {}) });
  const cursor = params.get("cursor");
  if (cursor) query.set("cursor", cursor);
  return {
    tab,
    q,
    sort,
    overdue,
    approval,
    query,
    caption: q
      ? `Referrals matching “${q}”`
      : `${inboxTabLabels[tab]}${approval ? " (plans awaiting approval)" : ""}${overdue ? " (overdue only)" : ""}`,
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
  /** ["true"] keeps action plans waiting for the officer's approval (5 working days). */
  approval?: string[];
}
export const inboxOptionsOf = (view: {
  sort: string;
  overdue: boolean;
  approval?: boolean;
}): InboxOptions => ({
  sort: view.sort,
  overdue: view.overdue ? ["true"] : [],
  approval: view.approval ? ["true"] : [],
});
/** Applying the sort and filter keeps the tab and starts from the first page. */
export const inboxOptionParams = (tab: InboxTab, options: InboxOptions): Record<string, string> => ({
  tab,
  sort: options.sort === "oldest" ? "oldest" : "newest",
  ...(options.overdue.length ? { overdue: "true" } : {}),
  ...(options.approval?.length ? { approval: "true" } : {}),
});
