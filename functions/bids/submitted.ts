import type { Bid } from "#shared/bids/bid.ts";
import { listSubmittedBids } from "./repository.ts";

/** Every bid submitted by the deadline (one partition, paged). */
export const submittedBids = async (opportunityId: string): Promise<Bid[]> => {
  const bids: Bid[] = [];
  let cursor: string | undefined;
  do {
    const page = await listSubmittedBids(opportunityId, 100, cursor);
    bids.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return bids.sort((a, b) => (a.submittedAt ?? "").localeCompare(b.submittedAt ?? ""));
};
