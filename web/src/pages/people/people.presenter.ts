import { memberRoleLabels, memberRoles, type MemberRole } from "#shared/accounts/people.ts";
import type { InvitationSummary, Member } from "#shared/accounts/people.ts";
import { formatDeadline } from "#shared/time/format-deadline.ts";

/** The roles as checkbox items, in the order the portal lists them, each with what it lets a person do. */
export const roleItems = memberRoles.map((role) => ({
  value: role,
  text: memberRoleLabels[role],
  hint: {
    "organisation-admin": "Invites people, changes their roles and removes them",
    "bid-writer": "Writes and submits bids for opportunities",
    caseworker: "Can be assigned referrals and delivers them",
  }[role],
}));

/** Roles in words, in the portal's order: "Bid writer, Caseworker". */
export const rolesText = (roles: readonly string[]): string =>
  memberRoles
    .filter((r) => roles.includes(r))
    .map((r) => memberRoleLabels[r as MemberRole])
    .join(", ") || "No roles";

/** The members table's rows: name (a link to their page), e-mail and roles. */
export const memberRows = (members: readonly Member[]) =>
  members.map((m) => ({
    id: m.userId,
    name: m.name,
    href: `/organisation/people/${encodeURIComponent(m.userId)}`,
    email: m.email,
    roles: rolesText(m.roles),
  }));

/** The pending invitations' rows: who, which roles, by whom and until when the link works. */
export const invitationRows = (invitations: readonly InvitationSummary[]) =>
  invitations.map((i) => ({
    id: i.id,
    name: i.name,
    email: i.email,
    roles: i.staff
      ? i.staff.role === "commissioner"
        ? "Commissioner"
        : "Responsible officer"
      : rolesText(i.roles),
    invitedBy: i.invitedBy,
    expires: `Link works until ${formatDeadline(i.expiresAt)}`,
  }));

/** What the member page says about removing someone: why not yet (open cases), or what removal does. */
export const removalView = (member: {
  name: string;
  openCases: readonly { referralId: string; reference?: string }[];
}) =>
  member.openCases.length === 0
    ? {
        canRemove: true as const,
        text: `${member.name} will lose access straight away and will not be able to sign in.`,
        cases: [],
      }
    : {
        canRemove: false as const,
        text: `${member.name} cannot be removed while referrals are assigned to them. Reassign ${
          member.openCases.length === 1 ? "this referral" : `these ${member.openCases.length} referrals`
        } to another caseworker first:`,
        cases: member.openCases.map((c) => ({
          href: `/provider/referrals/${encodeURIComponent(c.referralId)}`,
          text: c.reference ?? c.referralId,
        })),
      };
