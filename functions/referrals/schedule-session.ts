import { appointmentOf } from "#shared/referrals/appointments.ts";
import { now } from "../platform/clock.ts";
import { httpHandler } from "../platform/http/handler.ts";
import { invalid, ruleBroken } from "../platform/http/problems.ts";
import { changeReferral } from "./access.ts";
import { placedAppointment } from "./appointment-place.ts";
import { scheduleSessionRoute } from "./delivery-routes.ts";
import { currentPlan, type StoredReferral } from "./stored.ts";

/** 422 unless the officer has approved a plan with a session left to book. */
export const expectSessionAvailable = (r: StoredReferral) => {
  const plan = currentPlan(r);
  if (!plan)
    throw ruleBroken(
      r.actionPlans.length
        ? "The responsible officer has not approved the action plan yet. You can schedule sessions once they approve it."
        : "Submit the action plan before you schedule sessions.",
      "plan-not-approved",
    );
  if (r.sessions.length >= plan.sessions)
    throw ruleBroken(
      `The approved action plan has ${plan.sessions} ${plan.sessions === 1 ? "session" : "sessions"} and all are scheduled. Submit a new version of the plan for approval to add more.`,
      "sessions-beyond-plan",
    );
};

/** Schedules the next session of the approved action plan (a warning on the page covers enforceable days). */
export const handler = httpHandler(scheduleSessionRoute, async ({ principal, params, body }) => {
  const { version, ...requested } = body;
  let appointment = appointmentOf(requested);
  return changeReferral({
    principal,
    referralId: params.referralId,
    version,
    event: "schedule-session",
    check: (r) => {
      expectSessionAvailable(r);
      if (Date.parse(appointment.at) <= now().getTime())
        throw invalid([{ path: "at", message: "The session must be in the future" }]);
      appointment = placedAppointment(r, requested);
    },
    update: (r) => ({ ...r, sessions: [...r.sessions, { number: r.sessions.length + 1, ...appointment }] }),
    audit: (r) => ({
      action: "session-scheduled",
      details: { session: r.sessions.length + 1, method: appointment.method },
    }),
  });
});
