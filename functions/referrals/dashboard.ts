import type { Principal } from "#shared/auth/principal.ts";
import type { OfficerScope, OfficerTab } from "#shared/referrals/officer-tabs.ts";
import { dashboardPartition } from "./items.ts";
import { referralPage } from "./repository.ts";

/**
 * A page of an officers' dashboard tab (issue 17 item 6): ONE Query on the officer's tab partition
 * (gsi1) or the PDU's (gsi4), with no filter, so a page is never topped up by further Queries. Drafts
 * are their officer's alone, so the drafts tab is always the officer's own.
 */
export const listDashboard = async (
  principal: Principal,
  options: {
    tab: OfficerTab;
    scope: OfficerScope;
    oldestFirst: boolean;
    limit: number;
    cursor?: string | undefined;
  },
) => {
  const byPdu = options.scope === "pdu" && options.tab !== "drafts";
  if (byPdu && !principal.pdu) return { items: [] };
  return referralPage({
    index: byPdu ? "gsi4" : "gsi1",
    partition: byPdu
      ? dashboardPartition.pdu(principal.pdu!, options.tab)
      : dashboardPartition.officer(principal.userId, options.tab),
    limit: options.limit,
    cursor: options.cursor,
    newestFirst: !options.oldestFirst,
  });
};
