import { findPdu } from "#shared/reference/index.ts";
import { outboxPut } from "../notifications/index.ts";
import { auditPut } from "../platform/data/audit.ts";
import { transact } from "../platform/data/transact.ts";
import { httpHandler } from "../platform/http/handler.ts";
import { invitationPut, newInvitation, staffInto, summaryOf } from "./invitations.ts";
import { requireFrameworkAdmin } from "./manage.ts";
import { inviteStaffRoute } from "./staff-routes.ts";
import { invitationEmail } from "./templates.ts";

/** A framework administrator invites a commissioner or a responsible officer (whose region is their PDU's). */
export const handler = httpHandler(inviteStaffRoute, async ({ principal, body }) => {
  requireFrameworkAdmin(principal);
  const officer = body.role === "responsible-officer";
  const regions = officer && body.pdu ? [findPdu(body.pdu)!.region.id] : body.regions;
  const staff = {
    role: body.role,
    regions,
    ...(officer && body.pdu ? { pdu: body.pdu } : {}),
    frameworkAdmin: !officer && body.frameworkAdmin,
  };
  const { invitation, token } = newInvitation(
    {
      into: staffInto,
      intoName: "the Probation Service",
      name: body.name,
      email: body.email,
      roles: [body.role],
      staff,
    },
    principal,
  );
  await transact([
    invitationPut(invitation),
    outboxPut(
      invitationEmail({ ...invitation, roles: [officer ? "responsible officer" : "commissioner"], token }),
    ),
    auditPut(principal, {
      entityType: "invitation",
      entityId: invitation.id,
      action: "staff-invitation-sent",
      toState: "pending",
      details: { role: body.role },
    }),
  ]);
  return summaryOf(invitation);
});
