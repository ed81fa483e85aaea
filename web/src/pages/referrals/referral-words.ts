import { appointmentFormatLabels, contactMethodLabels } from "#shared/referrals/delivery.ts";
import type { Appointment } from "#shared/referrals/delivery.ts";
import type { Referral } from "#shared/referrals/referral.ts";
import { formatDateTime } from "../../format/format.ts";

/** An appointment in words. */
export const describeAppointment = (a: Appointment) =>
  `${formatDateTime(a.at)}, ${a.durationMinutes} minutes, ${appointmentFormatLabels[a.format].toLowerCase()}, ${contactMethodLabels[a.method].toLowerCase()}${a.address ? ` at ${a.address}` : ""}`;

/** The person's name as the officer entered it. */
export const personName = (r: Referral) =>
  [r.answers.person?.firstName, r.answers.person?.lastName].filter(Boolean).join(" ") || "Name not entered";
