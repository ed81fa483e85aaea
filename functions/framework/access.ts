import type { Principal } from "#shared/auth/principal.ts";
import type { Application } from "#shared/framework/application.ts";
import { forbidden } from "../platform/http/problems.ts";

/** Deciding applications (and ending the market) is for commissioners with the framework-admin flag. */
export const requireFrameworkAdmin = (
  principal: Principal,
  message = "Only framework administrators can review applications to join the framework.",
): void => {
  if (principal.role !== "commissioner" || !principal.frameworkAdmin) {
    throw forbidden(message);
  }
};

/** A provider sees its own applications; framework administrators see all. Anyone else gets 404. */
export const canSeeApplication = (principal: Principal, application: Application): boolean =>
  principal.role === "provider"
    ? principal.organisationId === application.organisationId
    : principal.role === "commissioner" && principal.frameworkAdmin;
