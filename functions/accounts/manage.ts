import type { Principal } from "#shared/auth/principal.ts";
import { forbidden, notFound } from "../platform/http/problems.ts";
import { findInvitation, type Invitation, staffInto } from "./invitations.ts";
import { findMembership, type Membership } from "./members.ts";

/** Framework administrators manage the probation staff; other commissioners and officers may not. */
export const requireFrameworkAdmin = (principal: Principal): void => {
  if (principal.role !== "commissioner" || !principal.frameworkAdmin) {
    throw forbidden("Only framework administrators can manage probation staff.");
  }
};

/**
 * A pending invitation the caller administers: their own organisation's (the route has checked they
 * are its administrator) or, for a framework administrator, the staff's. Anyone else's is not found.
 */
export const manageableInvitation = async (principal: Principal, id: string): Promise<Invitation> => {
  if (principal.role === "commissioner") requireFrameworkAdmin(principal);
  const invitation = await findInvitation(id);
  const into = principal.role === "provider" ? principal.organisationId : staffInto;
  if (!invitation || invitation.into !== into) throw notFound("We could not find this invitation.");
  return invitation;
};

/** A member of the caller's own organisation; a member of any other is not found (404). */
export const memberOfMine = async (principal: Principal, userId: string): Promise<Membership> => {
  const membership = await findMembership(userId);
  if (!membership || membership.organisationId !== principal.organisationId) {
    throw notFound("We could not find this member of your organisation.");
  }
  return membership;
};
