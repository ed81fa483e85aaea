import { useQuery } from "@tanstack/react-query";
import type * as z from "zod";
import type {
  InvitationSummary,
  InviteMemberInput,
  Member,
  MemberRole,
  invitationViewSchema,
  membersPageSchema,
  openCaseSchema,
} from "#shared/accounts/people.ts";
import { apiFetch } from "./client.ts";

export type MembersPage = z.infer<typeof membersPageSchema>;
export type InvitationView = z.infer<typeof invitationViewSchema>;
export type MemberDetail = Member & { version: number; openCases: z.infer<typeof openCaseSchema>[] };

export const peopleKeys = {
  all: ["people"] as const,
  members: ["people", "members"] as const,
  member: (userId: string) => ["people", "member", userId] as const,
  link: (token: string) => ["invitation-link", token] as const,
};

/** `GET /api/organisation/members`: members and pending invitations (administrators). */
export function useMembers() {
  return useQuery({
    queryKey: peopleKeys.members,
    queryFn: ({ signal }) => apiFetch<MembersPage>("/api/organisation/members", { signal }),
  });
}

/** `GET /api/organisation/members/{userId}`: one member and their open referrals. */
export function useMember(userId: string) {
  return useQuery({
    queryKey: peopleKeys.member(userId),
    queryFn: ({ signal }) =>
      apiFetch<MemberDetail>(`/api/organisation/members/${encodeURIComponent(userId)}`, { signal }),
  });
}

/** `GET /api/invitation-links/{token}`: what an invitation offers (no sign-in needed). */
export function useInvitationLink(token: string) {
  return useQuery({
    queryKey: peopleKeys.link(token),
    queryFn: ({ signal }) =>
      apiFetch<InvitationView>(`/api/invitation-links/${encodeURIComponent(token)}`, { signal }),
    retry: false,
  });
}

/** Invites a person into the caller's organisation. */
export const inviteMember = (input: InviteMemberInput) =>
  apiFetch<InvitationSummary>("/api/organisation/invitations", { method: "POST", body: input });

/** Sends an invitation again with a new link. */
export const resendInvitation = (id: string) =>
  apiFetch<InvitationSummary>(`/api/invitations/${encodeURIComponent(id)}/resend`, { method: "POST" });

/** Withdraws an invitation. */
export const revokeInvitation = (id: string) =>
  apiFetch<InvitationSummary>(`/api/invitations/${encodeURIComponent(id)}/revoke`, { method: "POST" });

/** Changes a member's roles. */
export const changeMemberRoles = (userId: string, roles: MemberRole[]) =>
  apiFetch<Member>(`/api/organisation/members/${encodeURIComponent(userId)}/roles`, {
    method: "PUT",
    body: { roles },
  });

/** Removes a member. */
export const removeMember = (userId: string) =>
  apiFetch<{ userId: string }>(`/api/organisation/members/${encodeURIComponent(userId)}`, {
    method: "DELETE",
  });

/** Accepts an invitation with the invitee's name and chosen password. */
export const acceptInvitation = (token: string, input: { name: string; password: string }) =>
  apiFetch<{ email: string; userId: string }>(`/api/invitation-links/${encodeURIComponent(token)}/accept`, {
    method: "POST",
    body: input,
  });

export type StaffPage = {
  members: import("#shared/accounts/staff.ts").StaffMemberView[];
  invitations: InvitationSummary[];
};

/** `GET /api/staff`: probation staff and pending staff invitations (framework administrators). */
export function useStaff() {
  return useQuery({
    queryKey: ["people", "staff"] as const,
    queryFn: ({ signal }) => apiFetch<StaffPage>("/api/staff", { signal }),
  });
}

/** Invites a commissioner or a responsible officer. */
export const inviteStaff = (input: import("#shared/accounts/staff.ts").InviteStaffInput) =>
  apiFetch<InvitationSummary>("/api/staff/invitations", { method: "POST", body: input });

/** Removes a member of staff. */
export const removeStaff = (userId: string) =>
  apiFetch<{ userId: string }>(`/api/staff/${encodeURIComponent(userId)}`, { method: "DELETE" });

/** Changes where a member of staff works (regions, PDU) and a commissioner's framework-admin flag. */
export const changeStaff = (userId: string, input: import("#shared/accounts/staff.ts").ChangeStaffInput) =>
  apiFetch<import("#shared/accounts/staff.ts").StaffMemberView>(`/api/staff/${encodeURIComponent(userId)}`, {
    method: "PUT",
    body: input,
  });
