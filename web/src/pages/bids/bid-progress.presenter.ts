import type { Bid } from "#shared/bids/bid.ts";
import type { Opportunity } from "#shared/opportunities/opportunity.ts";
import { type BidSection, bidSections } from "./bid-sections.ts";

/** What the bid's task list offers at the end: submit, withdraw, only view, or nothing. */
export type BidFinish = "check-and-submit" | "view-or-withdraw" | "view" | "none";

/** The notice above the sections, if any. */
export type BidNotice = "closed" | "submitted" | "withdrawn" | undefined;

/** What the bid's task list shows: the sections by group, how many are done, and what may be done next. */
export interface BidTaskListView {
  open: boolean;
  sections: Record<BidSection["group"], BidSection[]>;
  completed: number;
  total: number;
  notice: BidNotice;
  finish: BidFinish;
  attachments: number;
}

/** The task list's view of a bid (null until the provider first saves part of it). */
export function bidTaskListView(opportunity: Opportunity, bid: Bid | null): BidTaskListView {
  const open = opportunity.status === "open";
  const all = bidSections(opportunity, bid);
  const group = (name: BidSection["group"]) => all.filter((s) => s.group === name);
  const notice: BidNotice = !open
    ? "closed"
    : bid?.status === "submitted"
      ? "submitted"
      : bid?.status === "withdrawn"
        ? "withdrawn"
        : undefined;
  const finish: BidFinish = open
    ? bid?.status === "submitted"
      ? "view-or-withdraw"
      : "check-and-submit"
    : bid
      ? "view"
      : "none";
  return {
    open,
    sections: { offers: group("offers"), quality: group("quality"), "social-value": group("social-value") },
    completed: all.filter((s) => s.status === "completed").length,
    total: all.length,
    notice,
    finish,
    attachments: bid?.content.attachments.length ?? 0,
  };
}

/** What the check-your-bid page offers: nothing to check yet, a closed bid, a submitted one, or submit. */
export type CheckBidView = "not-started" | "closed" | "submitted" | "ready";

/** The check page's state for a bid. */
export function checkBidView(opportunity: Opportunity, bid: Bid | null): CheckBidView {
  if (bid === null) return "not-started";
  if (opportunity.status !== "open") return "closed";
  return bid.status === "submitted" ? "submitted" : "ready";
}
