import { auditPut } from "../platform/data/audit.ts";
import { failedConditions, transact } from "../platform/data/transact.ts";
import { httpHandler } from "../platform/http/handler.ts";
import { conflict, notFound, ruleBroken } from "../platform/http/problems.ts";
import { identityDirectory } from "./identity/index.ts";
import { requireFrameworkAdmin } from "./manage.ts";
import { removeStaffRoute } from "./staff-routes.ts";
import { findStaff, staffRemoveItems } from "./staff-repository.ts";

/** Removes a staff member: off the staff list and panels, sign-in disabled, refresh tokens revoked. */
export const handler = httpHandler(removeStaffRoute, async ({ principal, params }) => {
  requireFrameworkAdmin(principal);
  const staff = await findStaff(params.userId);
  if (!staff) throw notFound("We could not find this member of staff.");
  if (staff.userId === principal.userId)
    throw ruleBroken("You cannot remove yourself. Ask another administrator.");
  try {
    await transact([
      ...staffRemoveItems(staff),
      auditPut(principal, { entityType: "staff", entityId: staff.userId, action: "staff-removed" }),
    ]);
  } catch (error) {
    if (failedConditions(error)) throw conflict();
    throw error;
  }
  await identityDirectory().disable(staff.userId, staff.email);
  return { userId: staff.userId };
});
