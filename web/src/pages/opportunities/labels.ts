import type { BidStatus } from "#shared/bids/bid.ts";
import type { OpportunityStatus } from "#shared/opportunities/opportunity.ts";
import type { TierId } from "#shared/reference/schema.ts";
import type { TagColour } from "../../components/govuk/index.ts";

export const opportunityStatusTags: Record<OpportunityStatus, { text: string; colour?: TagColour }> = {
  draft: { text: "Draft", colour: "grey" },
  open: { text: "Open", colour: "green" },
  closed: { text: "Closed", colour: "purple" },
  cancelled: { text: "Cancelled", colour: "red" },
};

export const bidStatusTags: Record<BidStatus, { text: string; colour?: TagColour }> = {
  draft: { text: "Draft", colour: "yellow" },
  submitted: { text: "Submitted", colour: "green" },
  withdrawn: { text: "Withdrawn", colour: "grey" },
  awarded: { text: "Awarded", colour: "green" },
  unsuccessful: { text: "Not awarded", colour: "grey" },
};

export const questionStatusTags: Record<
  "awaiting-answer" | "published",
  { text: string; colour?: TagColour }
> = {
  "awaiting-answer": { text: "Awaiting answer", colour: "yellow" },
  published: { text: "Answered", colour: "green" },
};

export const tierNames: Record<TierId, string> = {
  low: "Low complexity",
  medium: "Medium complexity",
  high: "High complexity",
};
