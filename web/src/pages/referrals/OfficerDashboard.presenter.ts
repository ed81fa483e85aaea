import {
  type OfficerScope,
  officerScopeSchema,
  type OfficerTab,
  officerTabHints,
  officerTabLabels,
  officerTabSchema,
} from "#shared/referrals/officer-tabs.ts";

/** The tab an earlier link by status (`/referrals?status=…`) meant, so bookmarks keep working. */
const tabOfStatus: Record<string, OfficerTab> = {
  draft: "drafts",
  sent: "unassigned",
  "in-progress": "open",
  completed: "completed",
  withdrawn: "cancelled",
};

/** The dashboard's scope and sort form as typed, from the URL. */
export interface DashboardOptions {
  scope: string;
  sort: string;
}

/**
 * What the officers' dashboard shows for its URL (issue 17 item 6): the tab, whose referrals, the
 * sort, or a search of the PDU; the API query; the links of the tabs and the next page.
 */
export function officerDashboardView(params: URLSearchParams) {
  const asked = params.get("tab") ?? tabOfStatus[params.get("status") ?? ""] ?? "unassigned";
  const tab = officerTabSchema.catch("unassigned").parse(asked);
  const scope: OfficerScope = officerScopeSchema.catch("mine").parse(params.get("scope") ?? "mine");
  const sort = params.get("sort") === "oldest" ? "oldest" : "newest";
  const q = params.get("q") ?? "";
  const listing = (extra: Record<string, string>) => new URLSearchParams({ tab, scope, sort, ...extra });
  const query = q ? new URLSearchParams({ limit: "20", q }) : listing({ limit: "20" });
  const cursor = params.get("cursor");
  if (cursor) query.set("cursor", cursor);
  // Drafts are the officer's own whatever the scope: nobody else sees a draft.
  const whose = scope === "pdu" && tab !== "drafts" ? "your PDU's referrals" : "your referrals";
  return {
    tab,
    scope,
    sort,
    q,
    query,
    caption: q ? `Referrals in your PDU matching “${q}”` : `${officerTabLabels[tab]}: ${whose}`,
    hint: q ? undefined : officerTabHints[tab],
    tabs: officerTabSchema.options.map((t) => ({
      href: `/referrals?${listing({ tab: t }).toString()}`,
      text: officerTabLabels[t],
      current: !q && t === tab,
    })),
    options: { scope, sort } satisfies DashboardOptions,
    nextHref: (nextCursor: string | undefined) =>
      nextCursor
        ? `/referrals?${(q ? new URLSearchParams({ q }) : listing({})).toString()}&cursor=${encodeURIComponent(nextCursor)}`
        : undefined,
  };
}

/** Applying the scope and sort keeps the tab and starts from the first page. */
export const dashboardOptionParams = (
  tab: OfficerTab,
  options: DashboardOptions,
): Record<string, string> => ({
  tab,
  scope: officerScopeSchema.catch("mine").parse(options.scope),
  sort: options.sort === "oldest" ? "oldest" : "newest",
});
