import type { Principal } from "#shared/auth/principal.ts";
import type { Opportunity } from "#shared/opportunities/opportunity.ts";
import { type StoredOpportunity, withStatus } from "./repository.ts";

/** What the caller may see of an opportunity: providers never learn how many bids there are. */
export const present = (principal: Principal, opportunity: StoredOpportunity): Opportunity => {
  const shown = withStatus(opportunity);
  if (principal.role === "commissioner") return shown;
  const { submittedBidCount: _count, createdBy: _by, ...rest } = shown;
  return { ...rest, createdBy: "commissioner" };
};
