import * as z from "zod";
import { roleLabels, roles } from "./role-names.ts";

/** The three kinds of user the portal serves; a user has exactly one. */
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;
export { roleLabels, roles };
