import type { Appointment } from "#shared/referrals/delivery.ts";
import type { DateParts } from "../../../components/govuk/fields.ts";
import { instantOf, numberOf } from "./delivery-forms.ts";

/** An appointment as typed: when, how long, one-to-one or group, and how (an office or an address when in person). */
export interface AppointmentValues {
  at: DateParts;
  duration: string;
  format: string | undefined;
  method: string | undefined;
  officeId: string | undefined;
  otherAddress: { line1: string; line2: string; town: string; postcode: string };
}

/** A new appointment, or one like the previous (its length, format, method and address; a new time). */
export const appointmentDefaults = (previous?: Appointment): AppointmentValues => ({
  at: {},
  duration: previous ? String(previous.durationMinutes) : "60",
  format: previous?.format,
  method: previous?.method,
  officeId: previous?.officeId,
  otherAddress: {
    line1: previous?.otherAddress?.line1 ?? "",
    line2: previous?.otherAddress?.line2 ?? "",
    town: previous?.otherAddress?.town ?? "",
    postcode: previous?.otherAddress?.postcode ?? "",
  },
});

/** The appointment's part of a request: the office or the address only when it happens there. */
export const appointmentRequest = (v: AppointmentValues) => ({
  at: instantOf(v.at),
  durationMinutes: numberOf(v.duration),
  format: v.format,
  method: v.method,
  ...(v.method === "probation-office" ? { officeId: v.officeId } : {}),
  ...(v.method === "in-person" ? { otherAddress: v.otherAddress } : {}),
});

/** The appointment's fields in page order, by request path; the duration is typed under another name. */
export const appointmentLinks = {
  at: "#at-day",
  durationMinutes: "#durationMinutes",
  format: "#format",
  method: "#method",
  officeId: "#officeId",
  "otherAddress.line1": "#otherAddress-line1",
  "otherAddress.line2": "#otherAddress-line2",
  "otherAddress.town": "#otherAddress-town",
  "otherAddress.postcode": "#otherAddress-postcode",
};

export interface AssessmentValues extends AppointmentValues {
  rescheduleRequestedBy: string | undefined;
  rescheduleReason: string;
}
export const assessmentDefaults = (previous?: Appointment): AssessmentValues => ({
  ...appointmentDefaults(previous),
  rescheduleRequestedBy: undefined,
  rescheduleReason: "",
});
/** Booking asks only for the appointment; rescheduling also asks who asked for the change and why. */
export const assessmentRequest = (v: AssessmentValues, rescheduling: boolean) => ({
  ...appointmentRequest(v),
  ...(rescheduling
    ? { rescheduleRequestedBy: v.rescheduleRequestedBy, rescheduleReason: v.rescheduleReason }
    : {}),
});

/** The assessment form's fields: the appointment's, and when rescheduling, who asked and why. */
export const assessmentLinks = (rescheduling: boolean) =>
  rescheduling
    ? {
        ...appointmentLinks,
        rescheduleRequestedBy: "#rescheduleRequestedBy",
        rescheduleReason: "#rescheduleReason",
      }
    : appointmentLinks;
