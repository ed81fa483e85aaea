import type { Referral } from "#shared/referrals/referral.ts";
import { describeAppointment } from "./referral-words.ts";

/** The appointments not yet recorded (the assessment and sessions), soonest first, for both sides. */
export function UpcomingAppointments({ referral }: { referral: Referral }) {
  const assessment = referral.assessment;
  const upcoming = [
    ...(assessment?.appointment && !assessment.outcome
      ? [{ id: "assessment", what: "Initial assessment", appointment: assessment.appointment }]
      : []),
    ...referral.sessions
      .filter((s) => !s.feedback)
      .map((s) => ({ id: `session-${s.number}`, what: `Session ${s.number}`, appointment: s })),
  ].sort((a, b) => a.appointment.at.localeCompare(b.appointment.at));
  if (upcoming.length === 0) return null;
  return (
    <>
      <h2 className="govuk-heading-m">Upcoming appointments</h2>
      <ul className="govuk-list" aria-label="Upcoming appointments">
        {upcoming.map((u) => (
          <li key={u.id}>
            <strong>{u.what}</strong>: {describeAppointment(u.appointment)}
          </li>
        ))}
      </ul>
    </>
  );
}
