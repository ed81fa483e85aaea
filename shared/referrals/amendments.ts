import * as z from "zod";
import { tierIdSchema } from "../reference/schema.ts";

// What an officer may change on a sent referral (issue 17, item 1), one group of fields at a time,
// each change with the reason the provider reads in the changelog.

export const amendmentGroups = [
  "desired-outcomes",
  "complexity-tier",
  "reason",
  "accessibility",
  "interpreter",
  "responsibilities",
  "release",
  "probation-office",
  "officer-contact",
  "enforceable-days",
  "completion-deadline",
] as const;
export type AmendmentGroup = (typeof amendmentGroups)[number];
export const amendmentGroupSchema = z.enum(amendmentGroups, {
  message: "Check the address: that is not something you can change on a referral",
});

export const amendmentGroupTitles: Record<AmendmentGroup, string> = {
  "desired-outcomes": "Desired outcomes",
  "complexity-tier": "Complexity tier",
  reason: "Reason for referral",
  accessibility: "Disabilities and accessibility needs",
  interpreter: "Interpreter",
  responsibilities: "Employment and caring responsibilities",
  release: "Expected release date and establishment",
  "probation-office": "Probation office",
  "officer-contact": "Your contact details",
  "enforceable-days": "Maximum enforceable days",
  "completion-deadline": "Completion deadline",
};

/** The most characters a reason for a change may have. */
export const amendmentReasonMax = 1000;

const version = z.number({ message: "Reload the referral and try again" }).int();
const reason = z
  .string({ message: "Enter the reason for the change" })
  .trim()
  .min(1, "Enter the reason for the change")
  .max(
    amendmentReasonMax,
    `The reason must be ${amendmentReasonMax.toLocaleString("en-GB")} characters or fewer`,
  );
const text = (missing: string, what: string, max: number) =>
  z
    .string({ message: missing })
    .trim()
    .min(1, missing)
    .max(max, `${what} must be ${max.toLocaleString("en-GB")} characters or fewer`);
const optionalText = (what: string, max: number) =>
  z
    .string({ message: `Enter ${what.toLowerCase()} as text` })
    .trim()
    .max(max, `${what} must be ${max.toLocaleString("en-GB")} characters or fewer`)
    .optional()
    .transform((v) => (v === "" ? undefined : v));
const isoDate = (message: string) => z.iso.date({ message });

const group = <G extends AmendmentGroup, S extends z.ZodRawShape>(id: G, shape: S) =>
  z.object({ group: z.literal(id), ...shape, reason, version });

/** One amendment: the group of fields, their new values, the reason and the referral's version. */
export const amendmentInputSchema = z.discriminatedUnion(
  "group",
  [
    group("desired-outcomes", {
      desiredOutcomes: z
        .array(
          z
            .string({ message: "Select desired outcomes from the list" })
            .max(300, "Select desired outcomes from the list"),
          {
            message: "Select at least one desired outcome",
          },
        )
        .min(1, "Select at least one desired outcome")
        .max(20, "Select each desired outcome once"),
    }),
    group("complexity-tier", { tierId: tierIdSchema }),
    group("reason", { text: text("Enter the reason for the referral", "The reason for the referral", 4000) }),
    group("accessibility", {
      disabilities: text(
        "Enter any disabilities and accessibility needs, or ‘None’",
        "Disabilities and accessibility needs",
        2000,
      ),
    }),
    group("interpreter", {
      needsInterpreter: z.boolean({ message: "Select whether the person needs an interpreter" }),
      interpreterLanguage: optionalText("The interpreter’s language", 60),
    }),
    group("responsibilities", {
      responsibilities: text(
        "Enter any employment or caring responsibilities, or ‘None’",
        "Employment and caring responsibilities",
        1000,
      ),
    }),
    group("release", {
      expectedReleaseDate: isoDate("Enter the expected release date as a real date"),
      establishment: text("Enter the prison the person is in", "The establishment", 100),
    }),
    group("probation-office", {
      officeId: z
        .string({ message: "Select the probation office" })
        .min(1, "Select the probation office")
        .max(100, "Select a probation office from the list"),
    }),
    group("officer-contact", {
      email: z
        .email({ message: "Enter an email address in the correct format, like name@example.com" })
        .max(254, "The email address must be 254 characters or fewer"),
      phone: optionalText("The phone number", 30),
    }),
    group("enforceable-days", {
      enforceableDays: z
        .number({ message: "Enter the maximum enforceable days as a whole number from 1 to 40" })
        .int("Enter the maximum enforceable days as a whole number from 1 to 40")
        .min(1, "The maximum enforceable days must be at least 1")
        .max(40, "The maximum enforceable days must be 40 or fewer"),
    }),
    group("completion-deadline", {
      completionDeadline: isoDate("Enter the completion deadline as a real date"),
    }),
  ],
  { message: "Choose what to change on the referral" },
);
export type AmendmentInput = z.infer<typeof amendmentInputSchema>;

/** One change in a referral's changelog: what, from → to, who, when and why (shown to both sides). */
export const changeSchema = z.object({
  id: z.string(),
  group: amendmentGroupSchema,
  field: z.string(),
  from: z.string(),
  to: z.string(),
  reason: z.string(),
  at: z.iso.datetime(),
  by: z.object({ userId: z.string(), name: z.string() }),
});
export type Change = z.infer<typeof changeSchema>;
