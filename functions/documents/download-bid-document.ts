import { visibleBid } from "../bids/index.ts";
import { httpHandler } from "../platform/http/handler.ts";
import { notFound } from "../platform/http/problems.ts";
import { documentKeys, readableKey } from "./keys.ts";
import { downloadBidDocumentRoute } from "./routes.ts";
import { downloadLink } from "./storage.ts";

/** Whoever may read the bid may download its attachments; anyone else gets 404, as for the bid. */
export const handler = httpHandler(downloadBidDocumentRoute, async ({ principal, params }) => {
  const bid = await visibleBid(principal, params.opportunityId, params.organisationId);
  const attachment = bid.content.attachments.find((a) => a.documentId === params.documentId);
  if (!attachment) throw notFound();
  // A submitted bid's attachment is served from its sealed copy: the bytes its SHA-256 was taken of.
  return downloadLink(
    readableKey(documentKeys.bid(bid.opportunityId, bid.organisationId, attachment.documentId), attachment),
    attachment.fileName,
  );
});
