import * as z from "zod";

/**
 * A supplier's membership of the dynamic market (issue 20 item 4): a framework administrator may
 * suspend or remove an admitted supplier with a ground and a reason; a suspension may be lifted. A
 * suspended or removed supplier cannot bid or be awarded.
 */
export const membershipGrounds = [
  "mandatory-exclusion",
  "discretionary-exclusion",
  "debarment",
  "failure-to-meet-conditions",
  "other",
] as const;

/** Each ground as the notice to the supplier names it. */
export const membershipGroundNames: Record<(typeof membershipGrounds)[number], string> = {
  "mandatory-exclusion": "a mandatory exclusion ground (Procurement Act 2023, Schedule 6)",
  "discretionary-exclusion": "a discretionary exclusion ground (Procurement Act 2023, Schedule 7)",
  debarment: "an entry on the central debarment list",
  "failure-to-meet-conditions": "no longer meeting the conditions of membership",
  other: "another reason, explained below",
};

export const membershipStatusSchema = z.enum(["active", "suspended", "removed"]);
export type MembershipStatus = z.infer<typeof membershipStatusSchema>;

/** A framework administrator suspends, removes or reinstates a supplier. */
export const membershipActionSchema = z
  .object({
    action: z.enum(["suspend", "remove", "reinstate"], { message: "Select suspend, remove or reinstate" }),
    ground: z.enum(membershipGrounds, { message: "Select the ground from the list" }).optional(),
    reason: z
      .string({ message: "Enter the reason as text" })
      .trim()
      .min(1, "Enter the reason, as the supplier will read it")
      .max(2000, "The reason must be 2,000 characters or fewer"),
  })
  .refine((a) => a.action === "reinstate" || a.ground !== undefined, {
    path: ["ground"],
    message: "Select the ground for suspending or removing the supplier",
  });
export type MembershipAction = z.infer<typeof membershipActionSchema>;

/** A supplier's membership as stored on its organisation and shown to administrators and to it. */
export const membershipSchema = z.object({
  organisationId: z.string(),
  organisationName: z.string(),
  status: membershipStatusSchema,
  ground: z.enum(membershipGrounds).optional(),
  reason: z.string().optional(),
  at: z.iso.datetime().optional(),
});
export type Membership = z.infer<typeof membershipSchema>;

/** Why a supplier may not bid or be awarded now, or undefined when it may. */
export const membershipBlock = (name: string, status: MembershipStatus | undefined): string | undefined =>
  status === "suspended"
    ? `${name} is suspended from the dynamic market, so it cannot bid or be awarded a contract until the suspension is lifted.`
    : status === "removed"
      ? `${name} has been removed from the dynamic market, so it cannot bid or be awarded a contract.`
      : undefined;
