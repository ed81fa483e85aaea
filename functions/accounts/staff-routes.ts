import * as z from "zod";
import { invitationSummarySchema } from "#shared/accounts/people.ts";
import {
  changeStaffSchema,
  inviteStaffSchema,
  staffMemberSchema,
  staffParams,
} from "#shared/accounts/staff.ts";

/* Probation staff, managed by framework administrators (ADR 0025). The handlers check the flag. */

const context = "accounts";
const commissioner = ["commissioner"] as const;

export const listStaffRoute = {
  operationId: "listStaff",
  method: "GET",
  path: "/api/staff",
  summary: "Commissioners and responsible officers, and pending staff invitations (framework administrators)",
  context,
  handler: "accounts/list-staff.ts",
  access: commissioner,
  response: {
    status: 200,
    description: "Staff and invitations",
    schema: z.object({ members: z.array(staffMemberSchema), invitations: z.array(invitationSummarySchema) }),
  },
  grants: { table: "read" },
} as const;

export const inviteStaffRoute = {
  operationId: "inviteStaff",
  method: "POST",
  path: "/api/staff/invitations",
  summary: "Invite a commissioner (regions, framework-admin flag) or a responsible officer (PDU)",
  context,
  handler: "accounts/invite-staff.ts",
  access: commissioner,
  request: { body: inviteStaffSchema },
  response: { status: 201, description: "The pending invitation", schema: invitationSummarySchema },
  grants: { table: "readwrite" },
} as const;

export const changeStaffRoute = {
  operationId: "changeStaff",
  method: "PUT",
  path: "/api/staff/{userId}",
  summary: "Change where a staff member works (regions, PDU) or their framework-admin flag",
  context,
  handler: "accounts/change-staff.ts",
  access: commissioner,
  request: { params: staffParams, body: changeStaffSchema },
  response: { status: 200, description: "The staff member", schema: staffMemberSchema },
  grants: { table: "readwrite", identity: "manage" },
} as const;

export const removeStaffRoute = {
  operationId: "removeStaff",
  method: "DELETE",
  path: "/api/staff/{userId}",
  summary: "Remove a staff member: their sign-in is disabled and their refresh tokens revoked",
  context,
  handler: "accounts/remove-staff.ts",
  access: commissioner,
  request: { params: staffParams },
  response: { status: 200, description: "Removed", schema: z.object({ userId: z.string() }) },
  grants: { table: "readwrite", identity: "manage" },
} as const;
