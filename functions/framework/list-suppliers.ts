import { listAdmittedOrganisations } from "../accounts/index.ts";
import { httpHandler } from "../platform/http/handler.ts";
import { requireFrameworkAdmin } from "./access.ts";
import { membershipOf } from "./membership.ts";
import { listSuppliersRoute } from "./membership-routes.ts";

/** The suppliers on the dynamic market with their membership, for framework administrators. */
export const handler = httpHandler(listSuppliersRoute, async ({ principal, query }) => {
  requireFrameworkAdmin(principal);
  const page = await listAdmittedOrganisations(query.limit, query.cursor);
  return {
    items: page.items.map(membershipOf),
    ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}),
  };
});
