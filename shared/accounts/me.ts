import * as z from "zod";
import { roleSchema } from "../auth/roles.ts";
import { memberRoleSchema } from "./member-roles.ts";

/** A provider organisation as its own users see it on their home page. */
export const organisationSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  size: z.enum(["micro", "small", "medium", "large"]).optional(),
  vcse: z.boolean().optional(),
  frameworkStatus: z.enum(["not-applied", "applied", "admitted", "rejected"]),
  needAreaIds: z.array(z.string()),
  regionIds: z.array(z.string()),
});

/** `GET /api/me`: the signed-in user's profile, read from the table. */
export const meSchema = z.object({
  user: z.object({
    id: z.string(),
    name: z.string(),
    email: z.string(),
    jobTitle: z.string().optional(),
    role: roleSchema,
    regions: z.array(z.string()),
    pdu: z.string().optional(),
    frameworkAdmin: z.boolean(),
    /** A provider's roles in their organisation (ADR 0025): what the pages offer them. */
    memberRoles: z.array(memberRoleSchema).optional(),
  }),
  organisation: organisationSummarySchema.optional(),
});
export type Me = z.infer<typeof meSchema>;
export type OrganisationSummary = z.infer<typeof organisationSummarySchema>;
