import { httpHandler } from "../platform/http/handler.ts";
import { notFound } from "../platform/http/problems.ts";
import { listOwnDocuments } from "./document-repository.ts";
import { listFrameworkDocumentsRoute } from "./document-routes.ts";

/** A supplier's framework documents: its own, or any for a framework administrator; else 404. */
export const handler = httpHandler(listFrameworkDocumentsRoute, async ({ principal, params }) => {
  const mine = principal.role === "provider" && principal.organisationId === params.organisationId;
  const admin = principal.role === "commissioner" && principal.frameworkAdmin;
  if (!mine && !admin) throw notFound();
  return { items: await listOwnDocuments(params.organisationId) };
});
