import { httpHandler } from "../platform/http/handler.ts";
import { notFound } from "../platform/http/problems.ts";
import { findMembership } from "./membership.ts";
import { getSupplierMembershipRoute } from "./membership-routes.ts";

/** A supplier's membership: its own, or any for a framework administrator; anything else looks absent. */
export const handler = httpHandler(getSupplierMembershipRoute, async ({ principal, params }) => {
  const mine = principal.role === "provider" && principal.organisationId === params.organisationId;
  const admin = principal.role === "commissioner" && principal.frameworkAdmin;
  if (!mine && !admin) throw notFound();
  return findMembership(params.organisationId);
});
