import { verifiedAttachments } from "../documents/attachments.ts";
import { documentKeys } from "../documents/keys.ts";
import { idempotentHandler } from "../platform/http/idempotent-handler.ts";
import { forbidden } from "../platform/http/problems.ts";
import { createApplication } from "./repository.ts";
import { submitApplicationRoute } from "./routes.ts";

/** A provider applies (or re-applies) to join the framework. */
export const handler = idempotentHandler(submitApplicationRoute, async ({ principal, body }) => {
  if (!principal.organisationId) throw forbidden("Your account is not linked to a provider organisation.");
  const organisationId = principal.organisationId;
  const attachments = await verifiedAttachments(body.attachments, [], (documentId) =>
    documentKeys.application(organisationId, documentId),
  );
  return createApplication(principal, { ...body, attachments });
});
