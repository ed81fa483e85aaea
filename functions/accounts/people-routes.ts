import * as z from "zod";
import {
  acceptInvitationSchema,
  changeRolesSchema,
  invitationParams,
  invitationSummarySchema,
  invitationTokenParams,
  invitationViewSchema,
  inviteMemberSchema,
  memberParams,
  memberSchema,
  membersPageSchema,
  openCaseSchema,
} from "#shared/accounts/people.ts";

/* The people of a provider organisation: members, their roles, and invitations (ADR 0025). */

const context = "accounts";
const admin = { access: ["provider"], memberRole: "organisation-admin" } as const;

export const listMembersRoute = {
  operationId: "listMembers",
  method: "GET",
  path: "/api/organisation/members",
  summary: "The caller's organisation's members and pending invitations (administrators only)",
  context,
  handler: "accounts/list-members.ts",
  ...admin,
  response: { status: 200, description: "Members and invitations", schema: membersPageSchema },
  grants: { table: "read" },
} as const;

export const inviteMemberRoute = {
  operationId: "inviteMember",
  method: "POST",
  path: "/api/organisation/invitations",
  summary: "Invite a person into the caller's organisation with roles; the link goes by e-mail",
  context,
  handler: "accounts/invite-member.ts",
  ...admin,
  request: { body: inviteMemberSchema },
  response: { status: 201, description: "The pending invitation", schema: invitationSummarySchema },
  grants: { table: "readwrite" },
} as const;

export const getMemberRoute = {
  operationId: "getMember",
  method: "GET",
  path: "/api/organisation/members/{userId}",
  summary: "One member of the caller's organisation, with the open referrals assigned to them",
  context,
  handler: "accounts/get-member.ts",
  ...admin,
  request: { params: memberParams },
  response: {
    status: 200,
    description: "The member",
    schema: memberSchema.extend({ version: z.number(), openCases: z.array(openCaseSchema) }),
  },
  grants: { table: "read" },
} as const;

export const changeMemberRolesRoute = {
  operationId: "changeMemberRoles",
  method: "PUT",
  path: "/api/organisation/members/{userId}/roles",
  summary: "Change a member's roles; it takes effect on their next request",
  context,
  handler: "accounts/change-member-roles.ts",
  ...admin,
  request: { params: memberParams, body: changeRolesSchema },
  response: { status: 200, description: "The member", schema: memberSchema },
  grants: { table: "readwrite" },
} as const;

export const removeMemberRoute = {
  operationId: "removeMember",
  method: "DELETE",
  path: "/api/organisation/members/{userId}",
  summary: "Remove a member (refused while referrals are assigned to them); their sign-in is disabled",
  context,
  handler: "accounts/remove-member.ts",
  ...admin,
  request: { params: memberParams },
  response: { status: 200, description: "Removed", schema: z.object({ userId: z.string() }) },
  grants: { table: "readwrite", identity: "manage" },
} as const;

export const resendInvitationRoute = {
  operationId: "resendInvitation",
  method: "POST",
  path: "/api/invitations/{invitationId}/resend",
  summary: "Send a pending invitation again with a new link; the old link stops working",
  context,
  handler: "accounts/resend-invitation.ts",
  access: ["provider", "commissioner"],
  memberRole: "organisation-admin",
  request: { params: invitationParams },
  response: { status: 200, description: "The invitation", schema: invitationSummarySchema },
  grants: { table: "readwrite" },
} as const;

export const revokeInvitationRoute = {
  operationId: "revokeInvitation",
  method: "POST",
  path: "/api/invitations/{invitationId}/revoke",
  summary: "Withdraw a pending invitation; its link stops working",
  context,
  handler: "accounts/revoke-invitation.ts",
  access: ["provider", "commissioner"],
  memberRole: "organisation-admin",
  request: { params: invitationParams },
  response: { status: 200, description: "Withdrawn", schema: invitationSummarySchema },
  grants: { table: "readwrite" },
} as const;

export const getInvitationLinkRoute = {
  operationId: "getInvitationLink",
  method: "GET",
  path: "/api/invitation-links/{token}",
  summary: "What an invitation link offers: who invited the person, into what, with which roles",
  context,
  handler: "accounts/get-invitation-link.ts",
  access: "public",
  noStore: true,
  request: { params: invitationTokenParams },
  response: { status: 200, description: "The invitation", schema: invitationViewSchema },
  grants: { table: "read" },
} as const;

export const acceptInvitationRoute = {
  operationId: "acceptInvitation",
  method: "POST",
  path: "/api/invitation-links/{token}/accept",
  summary:
    "Accept an invitation: confirm the name, choose a password; the account and membership are created",
  context,
  handler: "accounts/accept-invitation.ts",
  access: "public",
  noStore: true,
  request: { params: invitationTokenParams, body: acceptInvitationSchema },
  response: {
    status: 201,
    description: "The account: sign in with this e-mail address",
    schema: z.object({ email: z.string(), userId: z.string() }),
  },
  grants: { table: "readwrite", identity: "manage" },
} as const;
