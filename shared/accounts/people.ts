import * as z from "zod";
import { choiceIn } from "../http/field-messages.ts";
import { pathId } from "../http/path-id.ts";

export { memberRoleLabels, memberRoles, memberRoleSchema, type MemberRole } from "./member-roles.ts";
import { memberRoles, memberRoleSchema } from "./member-roles.ts";

const rolesField = z
  .array(z.enum(memberRoles, choiceIn("Select a role from the list")), {
    message: "Select at least one role",
  })
  .min(1, "Select at least one role")
  .max(memberRoles.length, "Select each role only once")
  .refine((roles) => new Set(roles).size === roles.length, "Select each role only once");

const nameField = z
  .string({ message: "Enter the person's full name" })
  .trim()
  .min(1, "Enter the person's full name")
  .max(100, "Full name must be 100 characters or fewer");

/** A person's e-mail address, stored lower-case: it is their sign-in name. */
export const emailField = z
  .string({ message: "Enter an e-mail address" })
  .trim()
  .min(1, "Enter an e-mail address")
  .max(254, "E-mail address must be 254 characters or fewer")
  .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, "Enter an e-mail address in the correct format, like name@example.org")
  .transform((e) => e.toLowerCase());

/** `POST /api/organisation/invitations`: who to invite and what they may do. */
export const inviteMemberSchema = z.object({ name: nameField, email: emailField, roles: rolesField });
export type InviteMemberInput = z.input<typeof inviteMemberSchema>;

/** `PUT /api/organisation/members/{userId}/roles`. */
export const changeRolesSchema = z.object({ roles: rolesField });

/** The member routes' path parameters. */
export const memberParams = z.object({ userId: pathId("member") });
export const invitationParams = z.object({ invitationId: pathId("invitation") });
/** The accept link's token: `<invitationId>.<secret>`. */
export const invitationTokenParams = z.object({ token: pathId("invitation", 200) });

/** `POST /api/invitations/{token}/accept`: the invitee confirms their name and chooses a password. */
export const acceptInvitationSchema = z.object({
  name: nameField,
  password: z
    .string({ message: "Enter a password" })
    .min(12, "Password must be 12 characters or more")
    .max(128, "Password must be 128 characters or fewer"),
});

export const memberSchema = z.object({
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  roles: z.array(memberRoleSchema),
});
export type Member = z.infer<typeof memberSchema>;

export const invitationSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  roles: z.array(z.string()),
  invitedBy: z.string(),
  expiresAt: z.string(),
  /** Staff invitations only: commissioner or responsible officer, and where they work. */
  staff: z
    .object({
      role: z.enum(["commissioner", "responsible-officer"]),
      regions: z.array(z.string()),
      pdu: z.string().optional(),
      frameworkAdmin: z.boolean(),
    })
    .optional(),
});
export type InvitationSummary = z.infer<typeof invitationSummarySchema>;

/** The members page: members by name and the invitations still waiting. */
export const membersPageSchema = z.object({
  organisation: z.object({ id: z.string(), name: z.string() }),
  members: z.array(memberSchema),
  invitations: z.array(invitationSummarySchema),
});

/** A referral still open and assigned to a member: why they cannot be removed yet. */
export const openCaseSchema = z.object({ referralId: z.string(), reference: z.string().optional() });

/** What the accept page shows before the invitee commits. */
export const invitationViewSchema = z.object({
  name: z.string(),
  email: z.string(),
  invitedBy: z.string(),
  /** The organisation (or "the Probation Service" for staff) they are invited into. */
  into: z.string(),
  roles: z.array(z.string()),
});

/** An invite's answer: the invitation, and (local stack only) nothing else: the link goes by e-mail. */
export const invitationCreatedSchema = invitationSummarySchema;
