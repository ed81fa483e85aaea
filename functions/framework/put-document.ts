import { londonDate } from "#shared/time/index.ts";
import { findOrganisation } from "../accounts/index.ts";
import { documentKeys, sealAttachments, verifiedAttachments } from "../documents/index.ts";
import { now } from "../platform/clock.ts";
import { httpHandler } from "../platform/http/handler.ts";
import { invalid, notFound } from "../platform/http/problems.ts";
import { putFrameworkDocument } from "./document-repository.ts";
import { putFrameworkDocumentRoute } from "./document-routes.ts";

/**
 * A supplier on the framework uploads a framework document, or its replacement, with the date it
 * expires: a date still to come (a lapsed certificate is no replacement). The file is checked and sealed.
 */
export const handler = httpHandler(putFrameworkDocumentRoute, async ({ principal, params, body }) => {
  const organisationId = params.organisationId;
  if (principal.organisationId !== organisationId) throw notFound();
  const organisation = await findOrganisation(organisationId);
  if (organisation?.frameworkStatus !== "admitted") throw notFound();
  if (body.expiresOn <= londonDate(now())) {
    throw invalid([{ path: "expiresOn", message: "The expiry date must be in the future" }]);
  }
  const keyFor = (documentId: string) => documentKeys.frameworkDocument(organisationId, documentId);
  const [attachment] = await sealAttachments(
    await verifiedAttachments([body.attachment], [], keyFor, () => "attachment"),
    keyFor,
  );
  return putFrameworkDocument({
    organisationId,
    organisationName: organisation.name,
    kind: body.kind,
    expiresOn: body.expiresOn,
    attachment: attachment!,
    uploadedAt: now().toISOString(),
  });
});
