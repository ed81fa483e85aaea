import type { StoredOpportunity } from "../opportunities/index.ts";
import { now } from "../platform/clock.ts";

/** Bids stay sealed until the submission deadline has passed. */
export const isSealed = (opportunity: StoredOpportunity): boolean =>
  opportunity.state !== "published" || now().getTime() <= Date.parse(opportunity.submissionDeadline!);
