import { appointmentOf } from "#shared/referrals/appointments.ts";
import { now } from "../platform/clock.ts";
import { httpHandler } from "../platform/http/handler.ts";
import { conflict, invalid } from "../platform/http/problems.ts";
import { changeReferral } from "./access.ts";
import { placedAppointment } from "./appointment-place.ts";
import { bookAssessmentRoute } from "./delivery-routes.ts";

/**
 * Books the initial assessment. Changing a booking (including after a missed one) is a reschedule:
 * who asked for it and why are required, and the earlier booking is kept.
 */
export const handler = httpHandler(bookAssessmentRoute, async ({ principal, params, body }) => {
  const { version, rescheduleRequestedBy, rescheduleReason, ...requested } = body;
  let appointment = appointmentOf(requested);
  return changeReferral({
    principal,
    referralId: params.referralId,
    version,
    event: "book-assessment",
    check: (r) => {
      const outcome = r.assessment?.outcome?.attendance;
      if (outcome === "attended" || outcome === "late")
        throw conflict("The initial assessment has already happened.");
      const errors = [];
      if (Date.parse(appointment.at) <= now().getTime())
        errors.push({ path: "at", message: "The appointment must be in the future" });
      if (r.assessment?.appointment && !rescheduleRequestedBy)
        errors.push({ path: "rescheduleRequestedBy", message: "Select who asked to change the appointment" });
      if (r.assessment?.appointment && !rescheduleReason)
        errors.push({ path: "rescheduleReason", message: "Enter why the appointment is changing" });
      if (errors.length) throw invalid(errors);
      appointment = placedAppointment(r, requested);
    },
    update: (r, at) => {
      const previous = r.assessment?.appointment;
      return {
        ...r,
        assessment: {
          appointment,
          changes: [
            ...(r.assessment?.changes ?? []),
            ...(previous
              ? [{ previous, requestedBy: rescheduleRequestedBy!, reason: rescheduleReason!, changedAt: at }]
              : []),
          ],
        },
      };
    },
    audit: (r): { action: string; details: Record<string, string> } =>
      r.assessment?.appointment
        ? { action: "assessment-rescheduled", details: { requestedBy: rescheduleRequestedBy as string } }
        : { action: "assessment-booked", details: { method: appointment.method as string } },
  });
});
