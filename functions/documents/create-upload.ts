import { openForBidding } from "../bids/access.ts";
import { now } from "../platform/clock.ts";
import { httpHandler, withStatus } from "../platform/http/handler.ts";
import { forbidden } from "../platform/http/problems.ts";
import { documentKeys } from "./keys.ts";
import { createUploadRoute } from "./routes.ts";
import { grantUpload } from "./storage.ts";

/**
 * Signs an upload for a record the provider may change right now: its bid while bidding is open (the
 * same checks as saving the bid), or its organisation's next framework application.
 */
export const handler = httpHandler(createUploadRoute, async ({ principal, body }) => {
  if (body.owner.type === "bid") {
    const { opportunity, organisation } = await openForBidding(principal, body.owner.opportunityId, now());
    const grant = await grantUpload(
      (documentId) => documentKeys.bid(opportunity.id, organisation.id, documentId),
      body.contentType,
      body.fileName,
    );
    return withStatus(201, grant);
  }
  if (!principal.organisationId) throw forbidden("Your account is not linked to a provider organisation.");
  const organisationId = principal.organisationId;
  const grant = await grantUpload(
    (documentId) => documentKeys.application(organisationId, documentId),
    body.contentType,
    body.fileName,
  );
  return withStatus(201, grant);
});
