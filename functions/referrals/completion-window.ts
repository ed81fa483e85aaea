import type { ReferralEvent } from "#shared/referrals/status.ts";
import { formatCalendarDate } from "#shared/time/calendar-date.ts";
import { londonDate } from "#shared/time/index.ts";
import { findIntervention } from "../contracts/index.ts";
import { now } from "../platform/clock.ts";
import { ruleBroken } from "../platform/http/problems.ts";
import type { StoredReferral } from "./stored.ts";

/** The steps that deliver the service; notes, withdrawal and completion stay open to wind a referral up. */
const deliverySteps: Partial<Record<ReferralEvent, string>> = {
  "record-first-contact": "record first contact",
  "book-assessment": "book the initial assessment",
  "record-assessment": "record the initial assessment",
  "submit-action-plan": "submit an action plan",
  "schedule-session": "book sessions",
  "reschedule-session": "rebook sessions",
  "record-session": "record sessions",
  "submit-end-of-service-report": "submit the end-of-service report",
};

/**
 * 422 when a delivery step comes after the date by which referrals of a terminated contract had to
 * complete (issue 18 item 5). The date is on the referral's intervention, written by the termination;
 * a transferred referral points at its new contract's intervention, so the rule no longer applies.
 */
export const expectWithinCompletionWindow = async (r: StoredReferral, event: ReferralEvent) => {
  const what = deliverySteps[event];
  if (!what) return;
  const until = (await findIntervention(r.interventionId))?.completeUntil;
  if (!until || londonDate(now()) <= until) return;
  throw ruleBroken(
    `Referrals under this ended contract could be delivered only until ${formatCalendarDate(until)}. You cannot ${what}: the commissioner must transfer the referral to another contract first.`,
    "completion-date-passed",
  );
};
