import { now } from "../platform/clock.ts";
import { httpHandler } from "../platform/http/handler.ts";
import { invalid, ruleBroken } from "../platform/http/problems.ts";
import { changeReferral } from "./access.ts";
import { scheduleSessionRoute } from "./delivery-routes.ts";
import { currentPlan } from "./stored.ts";

/** Schedules the next session of the approved action plan. */
export const handler = httpHandler(scheduleSessionRoute, async ({ principal, params, body }) => {
  const { version, ...appointment } = body;
  return changeReferral({
    principal,
    referralId: params.referralId,
    version,
    event: "schedule-session",
    check: (r) => {
      const plan = currentPlan(r);
      if (!plan) throw ruleBroken("Submit the action plan before you schedule sessions.");
      if (r.sessions.length >= plan.sessions)
        throw ruleBroken(
          `The action plan has ${plan.sessions} sessions and all are scheduled. Submit a new version of the plan to add more.`,
        );
      if (Date.parse(appointment.at) <= now().getTime())
        throw invalid([{ path: "at", message: "The session must be in the future" }]);
    },
    update: (r) => ({ ...r, sessions: [...r.sessions, { number: r.sessions.length + 1, ...appointment }] }),
    audit: (r) => ({ action: "session-scheduled", details: { session: r.sessions.length + 1 } }),
  });
});
