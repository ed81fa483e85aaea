import { sealAttachments, verifiedAttachments, documentKeys } from "../documents/index.ts";
import { idempotentHandler } from "../platform/http/idempotent-handler.ts";
import { forbidden } from "../platform/http/problems.ts";
import { requireMarketOpen } from "./cessation-repository.ts";
import { createApplication } from "./repository.ts";
import { submitApplicationRoute } from "./routes.ts";

/**
 * A provider applies (or re-applies) to join the framework. An application is submitted as it is
 * made, so its attachments are checked and sealed here: it records each file's SHA-256.
 */
export const handler = idempotentHandler(submitApplicationRoute, async ({ principal, body }) => {
  if (!principal.organisationId) throw forbidden("Your account is not linked to a provider organisation.");
  await requireMarketOpen("accepts applications to join");
  const organisationId = principal.organisationId;
  const keyFor = (documentId: string) => documentKeys.application(organisationId, documentId);
  const attachments = await sealAttachments(await verifiedAttachments(body.attachments, [], keyFor), keyFor);
  return createApplication(principal, { ...body, attachments });
});
