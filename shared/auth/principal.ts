import * as z from "zod";
import { memberRoleSchema } from "../accounts/member-roles.ts";
import { roleSchema } from "./roles.ts";

/**
 * Who is calling, as established from a verified token. Every authorisation rule reads this,
 * never the raw claims, so Cognito and the local identity provider look the same to handlers.
 */
export const principalSchema = z.object({
  userId: z.string().min(1),
  name: z.string().min(1),
  role: roleSchema,
  /** Provider users belong to exactly one organisation. */
  organisationId: z.string().min(1).optional(),
  /** Commissioners (and responsible officers) are scoped to regions. */
  regions: z.array(z.string().min(1)).default([]),
  /** Responsible officers belong to one probation delivery unit. */
  pdu: z.string().min(1).optional(),
  /** Commissioners who may admit providers to the framework. */
  frameworkAdmin: z.boolean().default(false),
  /** A provider's roles in their organisation, read from the membership on every request (ADR 0025). */
  memberRoles: z.array(memberRoleSchema).optional(),
});
export type Principal = z.infer<typeof principalSchema>;
