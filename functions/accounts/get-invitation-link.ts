import { httpHandler } from "../platform/http/handler.ts";
import { invitationForToken } from "./invitations.ts";
import { getInvitationLinkRoute } from "./people-routes.ts";

/** What the accept page shows: who invited the person, into what, with which roles (nothing is created). */
export const handler = httpHandler(getInvitationLinkRoute, async ({ params }) => {
  const i = await invitationForToken(params.token);
  return {
    name: i.name,
    email: i.email,
    invitedBy: i.invitedBy,
    into: i.intoName,
    roles: i.staff ? [i.staff.role] : i.roles,
  };
});
