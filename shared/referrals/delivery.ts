import * as z from "zod";
import { listItem, placed } from "../http/field-messages.ts";
import { withdrawalReasons } from "../reference/withdrawal-reasons.ts";
import { appointmentFields, placeIssues } from "./appointments.ts";

export {
  appointmentFormatLabels,
  appointmentFormatSchema,
  appointmentMethodLabels,
  appointmentMethodSchema,
  appointmentSchema,
  type Appointment,
} from "./appointments.ts";

// What the provider records while delivering a referral: the options are the issue's, in plain words.

const instant = (what: string) => z.iso.datetime({ message: `Enter the ${what} as a real date and time` });
const version = z.number({ message: "Reload the referral and try again" }).int();
const optionalText = (what: string, max: number) =>
  z
    .string({ message: `Enter ${what[0]!.toLowerCase()}${what.slice(1)} as text` })
    .trim()
    .max(max, `${what} must be ${max.toLocaleString("en-GB")} characters or fewer`)
    .optional()
    .transform((v) => (v === "" ? undefined : v));
const requiredText = (missing: string, what: string, max: number) =>
  z
    .string({ message: missing })
    .trim()
    .min(1, missing)
    .max(max, `${what} must be ${max.toLocaleString("en-GB")} characters or fewer`);

export const contactMethodSchema = z.enum(["phone", "video", "in-person"], {
  message: "Select how the appointment happens",
});
export const contactMethodLabels: Record<z.infer<typeof contactMethodSchema>, string> = {
  phone: "Phone call",
  video: "Video call",
  "in-person": "In person",
};
export const requestedBySchema = z.enum(["person-on-probation", "provider", "responsible-officer"], {
  message: "Select who asked to change the appointment",
});
export const requestedByLabels: Record<z.infer<typeof requestedBySchema>, string> = {
  "person-on-probation": "The person on probation",
  provider: "The provider",
  "responsible-officer": "The responsible officer",
};
export const attendanceSchema = z.enum(["attended", "late", "did-not-attend"], {
  message: "Select whether the person attended",
});
export type Attendance = z.infer<typeof attendanceSchema>;
export const attendanceLabels: Record<Attendance, string> = {
  attended: "Attended",
  late: "Attended but was late",
  "did-not-attend": "Did not attend",
};
export const absenceReasonSchema = z.enum(["acceptable", "unacceptable", "logistics", "other"], {
  message: "Select the reason the person did not attend",
});
export const absenceReasonLabels: Record<z.infer<typeof absenceReasonSchema>, string> = {
  acceptable: "Acceptable absence",
  unacceptable: "Unacceptable absence",
  logistics: "Logistics (for example transport or a clash)",
  other: "Other",
};
export const achievementSchema = z.enum(["achieved", "partially-achieved", "not-achieved"], {
  message: "Select whether the outcome was achieved",
});
export const achievementLabels: Record<z.infer<typeof achievementSchema>, string> = {
  achieved: "Achieved",
  "partially-achieved": "Partially achieved",
  "not-achieved": "Not achieved",
};

export const assignInputSchema = z.object({
  caseworkerId: z.string({ message: "Select a caseworker" }).min(1, "Select a caseworker").max(64),
  version,
});

export const firstContactInputSchema = z.object({
  contactedAt: instant("date and time of first contact"),
  // Its own message: the field asks how the first contact was made, not how an appointment happens.
  method: z.enum(contactMethodSchema.options, { message: "Select how you made first contact" }),
  notes: optionalText("Notes", 2000),
  version,
});

export const bookAssessmentInputSchema = z
  .object({
    ...appointmentFields,
    rescheduleRequestedBy: requestedBySchema.optional(),
    rescheduleReason: optionalText("The reason", 1000),
    version,
  })
  .superRefine(placeIssues);
export type BookAssessmentInput = z.infer<typeof bookAssessmentInputSchema>;

export const assessmentOutcomeInputSchema = z.object({
  attendance: attendanceSchema,
  notes: optionalText("Notes", 4000),
  version,
});

// An action plan's activities and a report's outcomes are lists: messages name the item ("activity 2").
const activity = listItem("activities", "activity");
const outcome = listItem("outcomes", "desired outcome");

export const actionPlanInputSchema = z.object({
  activities: z
    .array(
      z
        .string(placed((n) => `Enter ${n ?? "the activity"}`, activity))
        .trim()
        .min(
          1,
          placed((n) => `Enter ${n ?? "the activity"}`, activity),
        )
        .max(
          500,
          placed(
            (n) => `${n ? `A${n.slice(1)}` : "Each activity"} must be 500 characters or fewer`,
            activity,
          ),
        ),
      { message: "Add at least one activity" },
    )
    .min(1, "Add at least one activity")
    .max(20, "Add 20 activities or fewer"),
  sessions: z
    .number({ message: "Enter the number of sessions" })
    .int("Enter the number of sessions as a whole number")
    .min(1, "The number of sessions must be at least 1")
    .max(100, "The number of sessions must be 100 or fewer"),
  version,
});

export const scheduleSessionInputSchema = z
  .object({ ...appointmentFields, version })
  .superRefine(placeIssues);

/** Moving a booked session: the new appointment, who asked for the change and why. */
export const rescheduleSessionInputSchema = z
  .object({
    ...appointmentFields,
    requestedBy: requestedBySchema,
    reason: requiredText("Enter why the session is changing", "The reason", 1000),
    version,
  })
  .superRefine(placeIssues);

export const sessionFeedbackInputSchema = z
  .object({
    attendance: attendanceSchema,
    absenceReason: absenceReasonSchema.optional(),
    whatHappened: optionalText("What happened", 4000),
    behaviour: optionalText("Behaviour", 4000),
    concerns: optionalText("Concerns", 4000),
    notifyOfficer: z.boolean({ message: "Select whether to tell the responsible officer" }),
    version,
  })
  .superRefine((f, ctx) => {
    if (f.attendance === "did-not-attend" && !f.absenceReason)
      ctx.addIssue({
        code: "custom",
        path: ["absenceReason"],
        message: "Select the reason the person did not attend",
      });
    if (f.attendance !== "did-not-attend" && !f.whatHappened)
      ctx.addIssue({ code: "custom", path: ["whatHappened"], message: "Enter what happened in the session" });
    if (f.notifyOfficer && !f.concerns)
      ctx.addIssue({
        code: "custom",
        path: ["concerns"],
        message: "Enter the concern to tell the responsible officer about",
      });
  });

export const noteInputSchema = z.object({
  text: requiredText("Enter the case note", "The case note", 4000),
});

export const endOfServiceReportInputSchema = z.object({
  outcomes: z
    .array(
      z.object(
        {
          outcome: z
            .string(
              placed((n) => `Reload the page: ${n ?? "the desired outcome"} has lost its name`, outcome),
            )
            .min(
              1,
              placed((n) => `Reload the page: ${n ?? "the desired outcome"} has lost its name`, outcome),
            )
            .max(
              300,
              placed((n) => `Reload the page: ${n ?? "the desired outcome"} has lost its name`, outcome),
            ),
          achievement: z.enum(
            achievementSchema.options,
            placed((n) => `Select whether ${n ?? "the outcome"} was achieved`, outcome),
          ),
          progress: z
            .string(placed((n) => `Enter the progress made towards ${n ?? "the outcome"}`, outcome))
            .trim()
            .min(
              1,
              placed((n) => `Enter the progress made towards ${n ?? "the outcome"}`, outcome),
            )
            .max(
              4000,
              placed(
                (n) => `Progress notes for ${n ?? "the outcome"} must be 4,000 characters or fewer`,
                outcome,
              ),
            ),
        },
        placed((n) => `Say how ${n ?? "the desired outcome"} went`, outcome),
      ),
      { message: "Say how each desired outcome went" },
    )
    .min(1, "Say how each desired outcome went")
    .max(20, "Report on at most 20 desired outcomes"),
  furtherWork: requiredText("Enter anything left to do, or ‘Nothing’", "Anything left to do", 4000),
  version,
});

const withdrawalIds = withdrawalReasons.map((r) => r.id) as [string, ...string[]];
export const withdrawInputSchema = z.object({
  reasonId: z.enum(withdrawalIds, { message: "Select the reason for withdrawing the referral" }),
  notes: optionalText("Notes", 2000),
  version,
});

export const versionInputSchema = z.object({ version });
