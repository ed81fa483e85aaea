import type { Principal } from "#shared/auth/principal.ts";
import { formatDeadline } from "#shared/time/format-deadline.ts";
import { admittedOrganisation, visibleOpportunity } from "../opportunities/access.ts";
import { ruleBroken } from "../platform/http/problems.ts";

/**
 * The opportunity and organisation for a provider changing its bid: admitted (else 403), eligible
 * (else 404), published, and the request arrived no later than the deadline (else 422). `arrived` is
 * read once at the start of the request: the moment it reached the portal is what counts.
 */
export const openForBidding = async (principal: Principal, opportunityId: string, arrived: Date) => {
  const organisation = await admittedOrganisation(principal);
  const { opportunity } = await visibleOpportunity(principal, opportunityId);
  if (opportunity.state !== "published") throw ruleBroken("This opportunity is not open for bids.");
  if (arrived.getTime() > Date.parse(opportunity.submissionDeadline!)) {
    throw ruleBroken(
      `The deadline for bids was ${formatDeadline(opportunity.submissionDeadline!)}. Bids can no longer be changed, submitted or withdrawn.`,
    );
  }
  return { opportunity, organisation };
};
