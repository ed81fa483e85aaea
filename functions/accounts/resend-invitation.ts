import { outboxPut } from "../notifications/index.ts";
import { auditPut } from "../platform/data/audit.ts";
import { failedConditions, transact } from "../platform/data/transact.ts";
import { httpHandler } from "../platform/http/handler.ts";
import { conflict } from "../platform/http/problems.ts";
import { resendUpdate, summaryOf } from "./invitations.ts";
import { manageableInvitation } from "./manage.ts";
import { resendInvitationRoute } from "./people-routes.ts";
import { invitationEmail } from "./templates.ts";

/** Sends a pending invitation again with a new link and a fresh 7 days; the old link is dead from now. */
export const handler = httpHandler(resendInvitationRoute, async ({ principal, params }) => {
  const invitation = await manageableInvitation(principal, params.invitationId);
  const { token, item, expiresAt } = resendUpdate(invitation);
  try {
    await transact([
      item,
      outboxPut(invitationEmail({ ...invitation, token, expiresAt })),
      auditPut(principal, { entityType: "invitation", entityId: invitation.id, action: "invitation-resent" }),
    ]);
  } catch (error) {
    if (failedConditions(error)) {
      throw conflict(
        "This invitation has been accepted, withdrawn or sent again since you loaded the page. Reload it.",
      );
    }
    throw error;
  }
  return summaryOf({ ...invitation, expiresAt });
});
