import * as z from "zod";
import { choiceIn } from "../http/field-messages.ts";
import { findPdu } from "../reference/index.ts";
import { regions } from "../reference/regions.ts";
import { emailField } from "./people.ts";
import { pathId } from "../http/path-id.ts";

const regionIds = regions.map((r) => r.id) as [string, ...string[]];

/** The probation staff roles framework administrators manage. */
export const staffRoleSchema = z.enum(["commissioner", "responsible-officer"], {
  message: "Select commissioner or responsible officer",
});

const where = {
  regions: z
    .array(z.enum(regionIds, choiceIn("Select a region from the list")), {
      message: "Select at least one region",
    })
    .max(20, "Select at most 20 regions"),
  pdu: z
    .string({ message: "Select a probation delivery unit" })
    .max(64, "Select a probation delivery unit from the list")
    .optional(),
  frameworkAdmin: z.boolean({ message: "Say whether they are a framework administrator" }).default(false),
};

/** Commissioners cover one or more regions; an officer belongs to one PDU (and so its region). */
const placed = <T extends z.ZodObject>(schema: T) =>
  schema.superRefine((v, ctx) => {
    const s = v as { role?: string; regions: string[]; pdu?: string; frameworkAdmin: boolean };
    // A change names no role: one that sends a PDU (even none chosen yet) is an officer's.
    const role = s.role ?? (s.pdu !== undefined ? "responsible-officer" : "commissioner");
    if (role === "commissioner" && s.regions.length === 0) {
      ctx.addIssue({ code: "custom", path: ["regions"], message: "Select at least one region" });
    }
    if (role === "responsible-officer") {
      const found = s.pdu ? findPdu(s.pdu) : undefined;
      if (!found) {
        ctx.addIssue({
          code: "custom",
          path: ["pdu"],
          message: "Select the officer's probation delivery unit",
        });
      }
      if (s.frameworkAdmin) {
        ctx.addIssue({
          code: "custom",
          path: ["frameworkAdmin"],
          message: "Only commissioners can be framework administrators",
        });
      }
    }
  });

/** `POST /api/staff/invitations`. An officer's region is their PDU's. */
export const inviteStaffSchema = placed(
  z.object({
    name: z
      .string({ message: "Enter the person's full name" })
      .trim()
      .min(1, "Enter the person's full name")
      .max(100, "Full name must be 100 characters or fewer"),
    email: emailField,
    role: staffRoleSchema,
    ...where,
  }),
);
export type InviteStaffInput = z.input<typeof inviteStaffSchema>;

/** `PUT /api/staff/{userId}`: where they work now. */
export const changeStaffSchema = placed(
  z.object({
    ...where,
    version: z
      .number({ message: "Reload the page and try again" })
      .int("Reload the page and try again")
      .min(1, "Reload the page and try again"),
  }),
);

export type ChangeStaffInput = z.input<typeof changeStaffSchema>;

export const staffParams = z.object({ userId: pathId("staff member") });

export const staffMemberSchema = z.object({
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  role: staffRoleSchema,
  regions: z.array(z.string()),
  pdu: z.string().optional(),
  frameworkAdmin: z.boolean(),
  version: z.number(),
});
export type StaffMemberView = z.infer<typeof staffMemberSchema>;
