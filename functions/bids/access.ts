import type { Principal } from "#shared/auth/principal.ts";
import { formatDeadline } from "#shared/time/format-deadline.ts";
import { type Bid, submittedStatuses } from "#shared/bids/bid.ts";
import { membershipBlock } from "#shared/framework/membership.ts";
import { panelMayReadBid, loadEvaluation } from "../evaluation/index.ts";
import { membershipStatusOf } from "../framework/index.ts";
import { admittedOrganisation, commissionedOpportunity, visibleOpportunity } from "../opportunities/index.ts";
import { notFound, ruleBroken } from "../platform/http/problems.ts";
import { findBid } from "./repository.ts";
import { isSealed } from "./sealed.ts";

/**
 * The opportunity and organisation for a provider changing its bid: admitted (else 403), eligible
 * (else 404), not suspended or removed from the dynamic market (else 422), published, and the request
 * arrived no later than the deadline (else 422). `arrived` is
 * read once at the start of the request: the moment it reached the portal is what counts.
 */
export const openForBidding = async (principal: Principal, opportunityId: string, arrived: Date) => {
  const organisation = await admittedOrganisation(principal);
  const { opportunity } = await visibleOpportunity(principal, opportunityId);
  // A suspended or removed supplier still sees its competitions and bids, but may change none.
  const blocked = membershipBlock(organisation.name, membershipStatusOf(organisation));
  if (blocked) throw ruleBroken(blocked, "supplier-not-active");
  if (opportunity.state !== "published") throw ruleBroken("This opportunity is not open for bids.");
  if (arrived.getTime() > Date.parse(opportunity.submissionDeadline!)) {
    throw ruleBroken(
      `The deadline for bids was ${formatDeadline(opportunity.submissionDeadline!)}. Bids can no longer be changed, submitted or withdrawn.`,
    );
  }
  return { opportunity, organisation };
};

/**
 * A bid someone may read: a provider only its own (any other organisation's looks like nothing at all);
 * a commissioner of the region only submitted bids, only once the deadline has passed, and only as a
 * panel member who has declared no conflict with that bidder (the lead too). Else 404.
 */
export const visibleBid = async (
  principal: Principal,
  opportunityId: string,
  organisationId: string,
): Promise<Bid> => {
  if (principal.role === "provider") {
    const own =
      organisationId === principal.organisationId ? await findBid(opportunityId, organisationId) : undefined;
    if (!own) throw notFound();
    return own;
  }
  const opportunity = await commissionedOpportunity(principal, opportunityId);
  if (isSealed(opportunity)) throw notFound();
  // Only a panel member who declared no conflict with this bidder reads it (ADR "one life cycle per competition").
  if (!panelMayReadBid(principal, await loadEvaluation(opportunity.id), organisationId)) throw notFound();
  const bid = await findBid(opportunity.id, organisationId);
  if (!bid || !submittedStatuses.includes(bid.status)) throw notFound();
  return bid;
};
