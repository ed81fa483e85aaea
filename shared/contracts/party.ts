import * as z from "zod";

/** The acting party on a change or an issue, as recorded (never more than a name and an id). */
export const partySchema = z.object({
  role: z.enum(["provider", "commissioner"]),
  name: z.string(),
  userId: z.string(),
  organisationId: z.string().optional(),
});
