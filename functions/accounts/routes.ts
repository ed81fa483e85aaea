import { meSchema } from "#shared/accounts/me.ts";
import { defineRoutes } from "../platform/route.ts";
import {
  acceptInvitationRoute,
  changeMemberRolesRoute,
  getInvitationLinkRoute,
  getMemberRoute,
  inviteMemberRoute,
  listMembersRoute,
  removeMemberRoute,
  resendInvitationRoute,
  revokeInvitationRoute,
} from "./people-routes.ts";
import { changeStaffRoute, inviteStaffRoute, listStaffRoute, removeStaffRoute } from "./staff-routes.ts";

/** The signed-in user's own profile. */
export const getMeRoute = {
  operationId: "getMe",
  method: "GET",
  path: "/api/me",
  summary: "The signed-in user's profile and, for providers, their organisation",
  context: "accounts",
  handler: "accounts/get-me.ts",
  access: "authenticated",
  response: { status: 200, description: "The user's profile", schema: meSchema },
  grants: { table: "read" },
} as const;

export const accountRoutes = defineRoutes([
  getMeRoute,
  listMembersRoute,
  inviteMemberRoute,
  getMemberRoute,
  changeMemberRolesRoute,
  removeMemberRoute,
  resendInvitationRoute,
  revokeInvitationRoute,
  getInvitationLinkRoute,
  acceptInvitationRoute,
  listStaffRoute,
  inviteStaffRoute,
  changeStaffRoute,
  removeStaffRoute,
]);
