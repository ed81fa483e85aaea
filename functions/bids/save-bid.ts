import { strayPartErrors, wordLimitErrors } from "#shared/bids/rules.ts";
import { verifiedAttachments, documentKeys } from "../documents/index.ts";
import { now } from "../platform/clock.ts";
import { httpHandler } from "../platform/http/handler.ts";
import { invalid, ruleBroken } from "../platform/http/problems.ts";
import { openForBidding } from "./access.ts";
import { findBid, saveBid } from "./repository.ts";
import { saveBidRoute } from "./routes.ts";

/** Saves a draft bid: partial is fine, over-long answers and parts the opportunity does not ask for are not. */
export const handler = httpHandler(saveBidRoute, async ({ principal, params, body }) => {
  const { opportunity, organisation } = await openForBidding(principal, params.opportunityId, now());
  const questions = opportunity.qualityQuestions ?? [];
  const errors = [
    ...wordLimitErrors(body.content, questions),
    ...strayPartErrors(body.content, questions, opportunity.tiers ?? []),
  ];
  if (errors.length) throw invalid(errors);
  const existing = await findBid(opportunity.id, organisation.id);
  if (!existing && body.version !== 0)
    throw ruleBroken("There is no saved bid to update. Start the bid again.");
  const attachments = await verifiedAttachments(
    body.content.attachments,
    existing?.content.attachments ?? [],
    (documentId) => documentKeys.bid(opportunity.id, organisation.id, documentId),
    "content.attachments",
  );
  return saveBid(
    principal,
    existing,
    { opportunityId: opportunity.id, organisationId: organisation.id, organisationName: organisation.name },
    { ...body.content, attachments },
    body.version,
  );
});
