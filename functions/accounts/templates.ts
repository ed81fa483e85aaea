import { memberRoleLabels, type MemberRole } from "#shared/accounts/people.ts";
import { formatDeadline } from "#shared/time/format-deadline.ts";

/** The words of the e-mails the accounts context sends: plain English, nothing about anyone else. */

const roleList = (roles: readonly string[]) =>
  roles.map((r) => memberRoleLabels[r as MemberRole] ?? r).join(", ");

/** The invitation: who invited them, into what, and the single-use link (valid until `expiresAt`). */
export const invitationEmail = (i: {
  email: string;
  name: string;
  invitedBy: string;
  intoName: string;
  roles: readonly string[];
  token: string;
  expiresAt: string;
}) => ({
  to: [i.email],
  subject: `You have been invited to join ${i.intoName} on the Dynamic Framework Portal`,
  body: `Dear ${i.name}, ${i.invitedBy} has invited you to join ${i.intoName} on the Dynamic Framework Portal as: ${roleList(i.roles)}. To accept, open /invitations/${i.token} and choose a password. The link works once and expires at ${formatDeadline(i.expiresAt)}.`,
});

/** A member's roles changed. */
export const rolesChangedEmail = (m: {
  email: string;
  organisationName: string;
  roles: readonly string[];
}) => ({
  to: [m.email],
  subject: `Your roles at ${m.organisationName} have changed`,
  body: `Your roles at ${m.organisationName} on the Dynamic Framework Portal are now: ${roleList(m.roles)}. The change applies straight away.`,
});

/** A member was removed from their organisation. */
export const removedEmail = (m: { email: string; organisationName: string }) => ({
  to: [m.email],
  subject: `You have been removed from ${m.organisationName}`,
  body: `You are no longer a member of ${m.organisationName} on the Dynamic Framework Portal and can no longer sign in. If you think this is wrong, contact the organisation's administrator.`,
});
