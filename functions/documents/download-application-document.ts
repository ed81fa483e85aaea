import { canSeeApplication, findApplication } from "../framework/index.ts";
import { httpHandler } from "../platform/http/handler.ts";
import { notFound } from "../platform/http/problems.ts";
import { documentKeys, readableKey } from "./keys.ts";
import { downloadApplicationDocumentRoute } from "./routes.ts";
import { downloadLink } from "./storage.ts";

/** The applying organisation and framework administrators may download; anyone else gets 404. */
export const handler = httpHandler(downloadApplicationDocumentRoute, async ({ principal, params }) => {
  const application = await findApplication(params.applicationId);
  if (!application || !canSeeApplication(principal, application)) throw notFound();
  const attachment = application.attachments.find((a) => a.documentId === params.documentId);
  if (!attachment) throw notFound();
  // Served from the sealed copy made when the application was submitted (older ones have none).
  return downloadLink(
    readableKey(documentKeys.application(application.organisationId, attachment.documentId), attachment),
    attachment.fileName,
  );
});
