import { findOrganisation } from "../accounts/index.ts";
import { openForBidding } from "../bids/index.ts";
import { now } from "../platform/clock.ts";
import { httpHandler, withStatus } from "../platform/http/handler.ts";
import { forbidden, ruleBroken } from "../platform/http/problems.ts";
import { documentKeys } from "./keys.ts";
import { createUploadRoute } from "./routes.ts";
import { grantUpload } from "./storage.ts";

/**
 * Signs an upload for a record the provider may change right now: its bid while bidding is open (the
 * same checks as saving the bid), its organisation's next framework application (none once one is
 * sent), or, once on the framework, its expiring framework documents. The file name must match the declared type (the request schema checks it).
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
  const standing = await findOrganisation(organisationId);
  // A supplier on the framework keeps its expiring documents (insurance, safeguarding) up to date.
  if (body.owner.type === "framework-document") {
    if (standing?.frameworkStatus !== "admitted")
      throw ruleBroken("Only a supplier on the dynamic market can upload its framework documents.");
    const grant = await grantUpload(
      (documentId) => documentKeys.frameworkDocument(organisationId, documentId),
      body.contentType,
      body.fileName,
    );
    return withStatus(201, grant);
  }
  // A grant is for the next application only: once one is sent (or admitted) nothing may be added to it.
  if (standing && !["not-applied", "rejected"].includes(standing.frameworkStatus))
    throw ruleBroken(
      "Your organisation's application has already been sent, so no more documents can be added to it.",
    );
  const grant = await grantUpload(
    (documentId) => documentKeys.application(organisationId, documentId),
    body.contentType,
    body.fileName,
  );
  return withStatus(201, grant);
});
