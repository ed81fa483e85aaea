import { appointmentOf } from "#shared/referrals/appointments.ts";
import { now } from "../platform/clock.ts";
import { httpHandler } from "../platform/http/handler.ts";
import { conflict, invalid, notFound } from "../platform/http/problems.ts";
import { changeReferral } from "./access.ts";
import { placedAppointment } from "./appointment-place.ts";
import { rescheduleSessionRoute } from "./delivery-routes.ts";

/** Moves a session not yet recorded to a new time or place, keeping the earlier booking with who asked and why. */
export const handler = httpHandler(rescheduleSessionRoute, async ({ principal, params, body }) => {
  const { version, requestedBy, reason, ...requested } = body;
  const number = params.sessionNumber;
  let appointment = appointmentOf(requested);
  return changeReferral({
    principal,
    referralId: params.referralId,
    version,
    event: "reschedule-session",
    check: (r) => {
      const session = r.sessions.find((s) => s.number === number);
      if (!session) throw notFound("There is no such session on this referral.");
      if (session.feedback) throw conflict(`Session ${number} has already been recorded, so it cannot move.`);
      if (Date.parse(appointment.at) <= now().getTime())
        throw invalid([{ path: "at", message: "The session must be in the future" }]);
      appointment = placedAppointment(r, requested);
    },
    update: (r, at) => ({
      ...r,
      sessions: r.sessions.map((s) => {
        if (s.number !== number) return s;
        const { number: _n, feedback: _f, changes = [], ...previous } = s;
        return {
          number,
          ...appointment,
          changes: [...changes, { previous, requestedBy, reason, changedAt: at }],
        };
      }),
    }),
    audit: () => ({ action: "session-rescheduled", details: { session: number, requestedBy } }),
  });
});
