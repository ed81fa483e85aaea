import * as z from "zod";

/** The three kinds of user the portal serves; a user has exactly one. */
export const roleSchema = z.enum(["provider", "commissioner", "responsible-officer"]);
export type Role = z.infer<typeof roleSchema>;
export const roles = roleSchema.options;

/** Plain-English role names for pages. */
export const roleLabels: Record<Role, string> = {
  provider: "Provider",
  commissioner: "Commissioner",
  "responsible-officer": "Responsible officer",
};
