import { outboxPut } from "../notifications/index.ts";
import { auditPut } from "../platform/data/audit.ts";
import { failedConditions, transact } from "../platform/data/transact.ts";
import { httpHandler } from "../platform/http/handler.ts";
import { conflict, ruleBroken } from "../platform/http/problems.ts";
import { listMembers } from "./members.ts";
import { memberOfMine } from "./manage.ts";
import { changeMemberRolesRoute } from "./people-routes.ts";
import { rolesUpdate } from "./members.ts";
import { findOrganisation } from "./repository.ts";
import { rolesChangedEmail } from "./templates.ts";

/**
 * Changes a member's roles. The handler pipeline reads the membership on every request, so the
 * change applies to the member's very next request. An organisation always keeps an administrator.
 */
export const handler = httpHandler(changeMemberRolesRoute, async ({ principal, params, body }) => {
  const m = await memberOfMine(principal, params.userId);
  if (m.roles.includes("organisation-admin") && !body.roles.includes("organisation-admin")) {
    const admins = (await listMembers(m.organisationId)).filter((x) =>
      x.roles.includes("organisation-admin"),
    );
    if (admins.length <= 1) {
      throw ruleBroken(
        "Your organisation needs at least one administrator. Make someone else an administrator first.",
        "last-administrator",
      );
    }
  }
  const organisation = await findOrganisation(m.organisationId);
  try {
    await transact([
      rolesUpdate(m, body.roles),
      outboxPut(
        rolesChangedEmail({
          email: m.email,
          organisationName: organisation?.name ?? "your organisation",
          roles: body.roles,
        }),
      ),
      auditPut(principal, {
        entityType: "membership",
        entityId: m.userId,
        action: "member-roles-changed",
        details: { organisationId: m.organisationId, roles: body.roles.join(",") },
      }),
    ]);
  } catch (error) {
    if (failedConditions(error)) throw conflict();
    throw error;
  }
  return { userId: m.userId, name: m.name, email: m.email, roles: body.roles };
});
