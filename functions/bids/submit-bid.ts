import { submissionErrors } from "#shared/bids/rules.ts";
import { sealAttachments, documentKeys } from "../documents/index.ts";
import { now } from "../platform/clock.ts";
import { idempotentHandler } from "../platform/http/idempotent-handler.ts";
import { invalid, notFound, ruleBroken } from "../platform/http/problems.ts";
import { openForBidding } from "./access.ts";
import { changeBidStatus, findBid } from "./repository.ts";
import { submitBidRoute } from "./routes.ts";

/**
 * Submits a complete bid before the deadline; an incomplete one gets every missing part listed. Its
 * attachments are sealed first, so the submitted bid records each file's SHA-256.
 */
export const handler = idempotentHandler(submitBidRoute, async ({ principal, params, body }) => {
  const arrived = now();
  const { opportunity, organisation } = await openForBidding(principal, params.opportunityId, arrived);
  const bid = await findBid(opportunity.id, organisation.id);
  if (!bid) throw notFound("You have not started a bid for this opportunity.");
  if (bid.status === "submitted") throw ruleBroken("This bid has already been submitted.");
  const errors = submissionErrors(bid.content, opportunity.qualityQuestions ?? [], opportunity.tiers ?? []);
  if (errors.length)
    throw invalid(errors, "Your bid is not complete. Complete the parts listed, then submit again.");
  const attachments = await sealAttachments(
    bid.content.attachments,
    (documentId) => documentKeys.bid(opportunity.id, organisation.id, documentId),
    "content.attachments",
  );
  return changeBidStatus(
    principal,
    { ...bid, content: { ...bid.content, attachments } },
    "submitted",
    body.version,
  );
});
