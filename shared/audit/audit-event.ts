import * as z from "zod";
import { roleSchema } from "../auth/roles.ts";

/** One append-only record of a change: who, in which role and organisation, when, what, from → to. */
export const auditEventSchema = z.object({
  id: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  action: z.string(),
  actor: z.object({
    userId: z.string(),
    name: z.string(),
    role: roleSchema,
    organisationId: z.string().optional(),
  }),
  at: z.iso.datetime(),
  fromState: z.string().optional(),
  toState: z.string().optional(),
  /** Short, non-personal facts about the change (ids, field names) — never free text a user typed. */
  details: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
});
export type AuditEvent = z.infer<typeof auditEventSchema>;
