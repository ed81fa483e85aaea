/*
 * Days used of a rehabilitation activity requirement (seed 001: the requirement is delivered in days
 * and attendance is reported to the offender manager). Each attended appointment — the initial
 * assessment or a session, late included — counts as one day used of the maximum enforceable days.
 */

interface Attendable {
  assessment?: { outcome?: { attendance: string } | undefined } | undefined;
  sessions: { feedback?: { attendance: string } | undefined; at: string }[];
  answers: { requirement?: Record<string, unknown> | undefined };
}

const attended = (attendance: string | undefined) => attendance === "attended" || attendance === "late";

/** The appointments the person attended, each a day used. */
export const daysUsed = (r: Attendable): number =>
  (attended(r.assessment?.outcome?.attendance) ? 1 : 0) +
  r.sessions.filter((s) => attended(s.feedback?.attendance)).length;

/** The maximum enforceable days the officer set, or undefined when none is recorded. */
export const maxEnforceableDays = (r: Attendable): number | undefined => {
  const days = r.answers.requirement?.enforceableDays;
  return typeof days === "number" ? days : undefined;
};

/** Sessions booked and not yet recorded: each may become a day used. */
export const daysBooked = (r: Attendable): number => r.sessions.filter((s) => !s.feedback).length;

/**
 * Whether booking one more appointment could take the person past the maximum if they attend all
 * that are booked: the provider is warned before booking, not stopped.
 */
export const bookingPastMaximum = (r: Attendable): boolean => {
  const max = maxEnforceableDays(r);
  return max !== undefined && daysUsed(r) + daysBooked(r) + 1 > max;
};

/** Whether recording one more attended appointment would go beyond the maximum (refused). */
export const attendancePastMaximum = (r: Attendable): boolean => {
  const max = maxEnforceableDays(r);
  return max !== undefined && daysUsed(r) + 1 > max;
};

/** "3 of 10 days used", as both sides read it. */
export const daysUsedText = (used: number, max: number | undefined): string =>
  max === undefined
    ? `${used} ${used === 1 ? "day" : "days"} used`
    : `${used} of ${max} ${max === 1 ? "day" : "days"} used`;
