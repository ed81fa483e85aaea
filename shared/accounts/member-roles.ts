import * as z from "zod";

/** What a member of a provider organisation may do there; a member holds one or more. */
export const memberRoles = ["organisation-admin", "bid-writer", "caseworker"] as const;
export const memberRoleSchema = z.enum(memberRoles, { message: "Select a role from the list" });
export type MemberRole = z.infer<typeof memberRoleSchema>;

/** How each member role is named on pages and in e-mails. */
export const memberRoleLabels: Record<MemberRole, string> = {
  "organisation-admin": "Organisation administrator",
  "bid-writer": "Bid writer",
  caseworker: "Caseworker",
};
