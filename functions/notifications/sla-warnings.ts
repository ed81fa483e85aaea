import type { SlaClockId } from "#shared/referrals/sla.ts";
import { addWorkingDays, londonDate } from "#shared/time/index.ts";
import { now } from "../platform/clock.ts";
import { scheduledHandler } from "../platform/jobs/scheduled-handler.ts";
import { findReferral, providerMaySee } from "../referrals/index.ts";
import { noticeOf } from "./items.ts";
import { organisationEmails } from "./recipients.ts";
import { notifyOnce } from "./repository.ts";
import { type SlaDue, slaDueBetween } from "./sla-due-repository.ts";
import { openClocks } from "./sla-due-index.ts";
import { slaDueSoon } from "./templates.ts";

/** The London dates from `from` to `to` inclusive (ISO dates). */
export const datesBetween = (from: string, to: string): string[] => {
  const dates: string[] = [];
  for (let d = new Date(`${from}T00:00:00Z`); isoDateOf(d) <= to; d.setUTCDate(d.getUTCDate() + 1)) {
    dates.push(isoDateOf(d));
  }
  return dates;
};
const isoDateOf = (d: Date) => d.toISOString().slice(0, 10);

/** Which open clocks are due within one working day of `at`: not yet due, and due by the end of the next working day. */
export const warningWindow = (at: Date) => ({
  from: at.toISOString(),
  to: addWorkingDays(at, 1).toISOString(),
});

/**
 * Every 15 minutes: Queries the due index for the days between now and the end of the next working
 * day (never a scan), checks each clock is still open on the referral itself (the index may lag a
 * change by a moment), and warns the provider organisation in the portal and by e-mail. A marker per
 * referral, clock and due time means a second run, or an overlapping one, warns nobody twice. The
 * officer is not told: meeting these service levels is the provider's work.
 */
export const warnDueClocks = async (): Promise<number> => {
  const at = now();
  const window = warningWindow(at);
  const due: SlaDue[] = [];
  for (const date of datesBetween(londonDate(at), londonDate(new Date(window.to)))) {
    due.push(...(await slaDueBetween(date, window.from, window.to)));
  }
  let warned = 0;
  for (const clock of due) {
    const referral = await findReferral(clock.referralId);
    // A restricted person's referral is not mentioned to an organisation the restriction leaves out.
    if (!referral?.reference || !providerMaySee(referral)) continue;
    const stillOpen = openClocks(referral as unknown as Record<string, unknown>).some(
      (c) => c.clockId === clock.clockId && c.dueAt === clock.dueAt,
    );
    if (!stillOpen) continue;
    const told = slaDueSoon(
      { id: referral.id, reference: referral.reference },
      { clockId: clock.clockId as SlaClockId, dueAt: clock.dueAt },
    );
    const sent = await notifyOnce(
      noticeOf.slaDueSoon(clock),
      { organisationId: referral.organisationId },
      told.notification,
      told.email(await organisationEmails(referral.organisationId, "delivery")),
    );
    if (sent) warned += 1;
  }
  return warned;
};

export const handler = scheduledHandler(warnDueClocks, "slaWarnings");
