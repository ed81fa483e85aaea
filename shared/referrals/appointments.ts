import * as z from "zod";

// An appointment of the provider's: when, how long, one-to-one or group, and how — by phone, by
// video call, at one of the delivery unit's probation offices or at another address in the UK.

const instant = (what: string) => z.iso.datetime({ message: `Enter the ${what} as a real date and time` });

export const appointmentFormatSchema = z.enum(["one-to-one", "group"], {
  message: "Select one-to-one or group",
});
export const appointmentFormatLabels: Record<z.infer<typeof appointmentFormatSchema>, string> = {
  "one-to-one": "One-to-one",
  group: "Group",
};

/** How an appointment happens; "in-person" is at an address other than a probation office. */
export const appointmentMethodSchema = z.enum(["phone", "video", "probation-office", "in-person"], {
  message: "Select how the appointment happens",
});
export type AppointmentMethod = z.infer<typeof appointmentMethodSchema>;
export const appointmentMethodLabels: Record<AppointmentMethod, string> = {
  phone: "Phone call",
  video: "Video call",
  "probation-office": "In person at a probation office",
  "in-person": "In person at another address",
};

/** A UK postcode: outward code, optional space, inward code (e.g. SW1A 1AA, N7 6PN). */
export const postcodePattern = /^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/;

/** The postcode in capitals with one space before the inward code. */
export const normalisePostcode = (value: string) => {
  const compact = value.toUpperCase().replace(/\s+/g, "");
  return compact.length > 3 ? `${compact.slice(0, -3)} ${compact.slice(-3)}` : compact;
};

const line = (missing: string, what: string, max: number) =>
  z
    .string({ message: missing })
    .trim()
    .min(1, missing)
    .max(max, `${what} must be ${max} characters or fewer`);

/** An address in the UK, as the GOV.UK address pattern asks for it. */
export const ukAddressSchema = z.object(
  {
    line1: line("Enter the first line of the address", "The first line of the address", 100),
    line2: z
      .string({ message: "Enter the second line of the address as text" })
      .trim()
      .max(100, "The second line of the address must be 100 characters or fewer")
      .optional()
      .transform((v) => (v === "" ? undefined : v)),
    town: line("Enter the town or city", "The town or city", 60),
    postcode: z
      .string({ message: "Enter the postcode" })
      .trim()
      .min(1, "Enter the postcode")
      .max(10, "Enter a real postcode, like SW1A 1AA")
      .transform(normalisePostcode)
      .pipe(z.string().regex(postcodePattern, "Enter a real postcode, like SW1A 1AA")),
  },
  { message: "Enter the address of the appointment" },
);
export type UkAddress = z.infer<typeof ukAddressSchema>;

/** The fields of an appointment in a request: where depends on how. */
export const appointmentFields = {
  at: instant("date and time"),
  durationMinutes: z
    .number({ message: "Enter the duration in minutes" })
    .int("Enter the duration as a whole number of minutes")
    .min(10, "The duration must be at least 10 minutes")
    .max(480, "The duration must be 8 hours (480 minutes) or less"),
  format: appointmentFormatSchema,
  method: appointmentMethodSchema,
  officeId: z
    .string({ message: "Select the probation office" })
    .max(100, "Select a probation office from the list")
    .optional(),
  otherAddress: ukAddressSchema.optional(),
};

/** A probation office for an office appointment; an address for one elsewhere in person. */
export const placeIssues = (
  a: { method: AppointmentMethod; officeId?: string | undefined; otherAddress?: unknown },
  ctx: z.RefinementCtx,
) => {
  if (a.method === "probation-office" && !a.officeId)
    ctx.addIssue({ code: "custom", path: ["officeId"], message: "Select the probation office" });
  if (a.method === "in-person" && !a.otherAddress)
    ctx.addIssue({
      code: "custom",
      path: ["otherAddress", "line1"],
      message: "Enter the first line of the address",
    });
};

/** An appointment as stored and returned: the office or the address only when it is held there. */
export const appointmentSchema = z.object({
  at: z.string(),
  durationMinutes: z.number().int(),
  format: appointmentFormatSchema,
  method: appointmentMethodSchema,
  officeId: z.string().optional(),
  otherAddress: z
    .object({ line1: z.string(), line2: z.string().optional(), town: z.string(), postcode: z.string() })
    .optional(),
});
export type Appointment = z.infer<typeof appointmentSchema>;

/** The appointment part of a checked request, keeping only the place its method uses. */
export const appointmentOf = (a: {
  at: string;
  durationMinutes: number;
  format: Appointment["format"];
  method: AppointmentMethod;
  officeId?: string | undefined;
  otherAddress?: UkAddress | undefined;
}): Appointment => ({
  at: a.at,
  durationMinutes: a.durationMinutes,
  format: a.format,
  method: a.method,
  ...(a.method === "probation-office" && a.officeId ? { officeId: a.officeId } : {}),
  ...(a.method === "in-person" && a.otherAddress
    ? {
        otherAddress: {
          line1: a.otherAddress.line1,
          ...(a.otherAddress.line2 ? { line2: a.otherAddress.line2 } : {}),
          town: a.otherAddress.town,
          postcode: a.otherAddress.postcode,
        },
      }
    : {}),
});
