import { outboxPut } from "../notifications/index.ts";
import { listOpenCases } from "../referrals/index.ts";
import { auditPut } from "../platform/data/audit.ts";
import { failedConditions, transact } from "../platform/data/transact.ts";
import { httpHandler } from "../platform/http/handler.ts";
import { conflict, ruleBroken } from "../platform/http/problems.ts";
import { identityDirectory } from "./identity/index.ts";
import { memberOfMine } from "./manage.ts";
import { membershipDelete } from "./members.ts";
import { removeMemberRoute } from "./people-routes.ts";
import { findOrganisation } from "./repository.ts";
import { removedEmail } from "./templates.ts";

/**
 * Removes a member: refused while open referrals are assigned to them (the answer names them so the
 * page can link each one), and never the caller themself. Their membership goes at once, so their
 * next request is refused; their sign-in is disabled and its refresh tokens revoked.
 */
export const handler = httpHandler(removeMemberRoute, async ({ principal, params }) => {
  const m = await memberOfMine(principal, params.userId);
  if (m.userId === principal.userId) {
    throw ruleBroken("You cannot remove yourself. Ask another administrator to do it.", "remove-self");
  }
  const open = await listOpenCases(m.userId);
  if (open.length > 0) {
    const list = open.map((c) => c.reference ?? c.referralId).join(", ");
    throw ruleBroken(
      `${m.name} still has ${open.length} open referral${open.length === 1 ? "" : "s"} assigned: ${list}. Reassign ${open.length === 1 ? "it" : "them"} to another caseworker first.`,
      "member-has-open-cases",
    );
  }
  const organisation = await findOrganisation(m.organisationId);
  try {
    await transact([
      membershipDelete(m),
      outboxPut(
        removedEmail({ email: m.email, organisationName: organisation?.name ?? "your organisation" }),
      ),
      auditPut(principal, {
        entityType: "membership",
        entityId: m.userId,
        action: "member-removed",
        details: { organisationId: m.organisationId },
      }),
    ]);
  } catch (error) {
    if (failedConditions(error)) throw conflict();
    throw error;
  }
  await identityDirectory().disable(m.userId, m.email);
  return { userId: m.userId };
});
