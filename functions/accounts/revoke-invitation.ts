import { auditPut } from "../platform/data/audit.ts";
import { failedConditions, transact } from "../platform/data/transact.ts";
import { httpHandler } from "../platform/http/handler.ts";
import { conflict } from "../platform/http/problems.ts";
import { closeUpdate, summaryOf } from "./invitations.ts";
import { manageableInvitation } from "./manage.ts";
import { revokeInvitationRoute } from "./people-routes.ts";

/** Withdraws a pending invitation: its link then answers "withdrawn" and creates nothing. */
export const handler = httpHandler(revokeInvitationRoute, async ({ principal, params }) => {
  const invitation = await manageableInvitation(principal, params.invitationId);
  try {
    await transact([
      closeUpdate(invitation, "revoked"),
      auditPut(principal, {
        entityType: "invitation",
        entityId: invitation.id,
        action: "invitation-revoked",
        fromState: "pending",
        toState: "revoked",
      }),
    ]);
  } catch (error) {
    if (failedConditions(error)) {
      throw conflict(
        "This invitation has been accepted, withdrawn or sent again since you loaded the page. Reload it.",
      );
    }
    throw error;
  }
  return summaryOf(invitation);
});
