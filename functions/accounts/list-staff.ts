import { httpHandler } from "../platform/http/handler.ts";
import { listPendingInvitations, staffInto, summaryOf } from "./invitations.ts";
import { requireFrameworkAdmin } from "./manage.ts";
import { listStaffRoute } from "./staff-routes.ts";
import { listStaff } from "./staff-repository.ts";

/** The probation staff by name and the staff invitations still waiting (framework administrators). */
export const handler = httpHandler(listStaffRoute, async ({ principal }) => {
  requireFrameworkAdmin(principal);
  const [members, invitations] = await Promise.all([listStaff(), listPendingInvitations(staffInto)]);
  return { members, invitations: invitations.map(summaryOf) };
});
