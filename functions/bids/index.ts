/** The bids context's public module: all that other contexts may import from it (ADR "lint boundaries"). */
export { openForBidding, visibleBid } from "./access.ts";
export {
  bidOutcomeItems,
  countSubmittedBids,
  findBid,
  listBidderNames,
  listSubmittedBids,
} from "./repository.ts";
export { submittedBids } from "./submitted.ts";
