import { httpHandler } from "../platform/http/handler.ts";
import { requireFrameworkAdmin } from "./access.ts";
import { changeMembership } from "./membership.ts";
import { changeSupplierMembershipRoute } from "./membership-routes.ts";

/** A framework administrator suspends, removes or reinstates a supplier. */
export const handler = httpHandler(changeSupplierMembershipRoute, async ({ principal, params, body }) => {
  requireFrameworkAdmin(principal);
  return changeMembership(principal, params.organisationId, body);
});
