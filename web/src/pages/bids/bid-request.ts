import type { Bid, BidContent } from "#shared/bids/bid.ts";
import { emptyContent } from "./bid-sections.ts";

/** What `PUT /opportunities/:id/bid` takes: the whole bid's content and the version it replaces. */
export interface SaveBidRequest {
  content: BidContent;
  version: number;
}

/**
 * The whole bid with one section changed, as the API saves it: version 0 starts the bid, then the version
 * last loaded (a stale one is refused with a 409).
 */
export function saveBidRequest(bid: Bid | null, change: (content: BidContent) => BidContent): SaveBidRequest {
  return { content: change(bid?.content ?? emptyContent()), version: bid?.version ?? 0 };
}

/** A bid's text answer set, or left out when blank (an empty answer is an unstarted section). */
export function withAnswer(
  answers: Record<string, string>,
  key: string,
  answer: string,
): Record<string, string> {
  const next = { ...answers };
  if (answer.trim()) next[key] = answer;
  else delete next[key];
  return next;
}
