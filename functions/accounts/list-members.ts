import { httpHandler } from "../platform/http/handler.ts";
import { listPendingInvitations, summaryOf } from "./invitations.ts";
import { listMembers } from "./members.ts";
import { listMembersRoute } from "./people-routes.ts";
import { findOrganisation } from "./repository.ts";

/** The administrator's organisation: its members by name and the invitations still waiting. */
export const handler = httpHandler(listMembersRoute, async ({ principal }) => {
  const organisationId = principal.organisationId ?? "";
  const [organisation, members, invitations] = await Promise.all([
    findOrganisation(organisationId),
    listMembers(organisationId),
    listPendingInvitations(organisationId),
  ]);
  return {
    organisation: { id: organisationId, name: organisation?.name ?? "Your organisation" },
    members: members.map(({ userId, name, email, roles }) => ({ userId, name, email, roles })),
    invitations: invitations.map(summaryOf),
  };
});
