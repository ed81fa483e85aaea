import { outboxPut } from "../notifications/index.ts";
import { auditPut } from "../platform/data/audit.ts";
import { transact } from "../platform/data/transact.ts";
import { httpHandler } from "../platform/http/handler.ts";
import { invitationPut, newInvitation, summaryOf } from "./invitations.ts";
import { listMembers } from "./members.ts";
import { inviteMemberRoute } from "./people-routes.ts";
import { findOrganisation } from "./repository.ts";
import { invitationEmail } from "./templates.ts";
import { conflict } from "../platform/http/problems.ts";

/** An administrator invites a person into their organisation: the invitation and its e-mail are stored together. */
export const handler = httpHandler(inviteMemberRoute, async ({ principal, body }) => {
  const organisationId = principal.organisationId ?? "";
  const [organisation, members] = await Promise.all([
    findOrganisation(organisationId),
    listMembers(organisationId),
  ]);
  if (members.some((m) => m.email.toLowerCase() === body.email)) {
    throw conflict(
      `${body.email} is already a member of your organisation. Change their roles on their page instead.`,
    );
  }
  const intoName = organisation?.name ?? "your organisation";
  const { invitation, token } = newInvitation(
    { into: organisationId, intoName, name: body.name, email: body.email, roles: body.roles },
    principal,
  );
  await transact([
    invitationPut(invitation),
    outboxPut(invitationEmail({ ...invitation, token })),
    auditPut(principal, {
      entityType: "invitation",
      entityId: invitation.id,
      action: "invitation-sent",
      toState: "pending",
      details: { organisationId, roles: body.roles.join(",") },
    }),
  ]);
  return summaryOf(invitation);
});
