import { londonDate } from "#shared/time/index.ts";
import { now } from "../platform/clock.ts";
import { queryPage } from "../platform/data/query-page.ts";
import { scheduledHandler } from "../platform/jobs/scheduled-handler.ts";
import { findReferral } from "../referrals/index.ts";
import { draftExpiryPartition, noticeOf } from "./items.ts";
import { notifyOnce } from "./repository.ts";
import { datesBetween } from "./sla-warnings.ts";
import { draftExpiring } from "./templates.ts";

/** Days looked back, so a run the schedule missed is made up by the next one. */
const catchUpDays = 2;

/** Every draft filed under a London date whose warning is due by `at`. */
const draftsDue = async (date: string, at: string) => {
  const due: { referralId: string; expiresAt: string }[] = [];
  let cursor: string | undefined;
  do {
    const page = await queryPage<Record<string, unknown>>({
      partition: draftExpiryPartition(date),
      sortCondition: "#sk <= :at",
      values: { ":at": `${at}#~` },
      limit: 100,
      cursor,
    });
    due.push(
      ...page.items.map((i) => ({ referralId: String(i.referralId), expiresAt: String(i.expiresAt) })),
    );
    cursor = page.nextCursor;
  } while (cursor);
  return due;
};

/**
 * Daily: Queries the draft-warning index for today and the days just before (never a scan), checks
 * each is still a draft on the referral itself (sent ones and removed ones are skipped), and warns its
 * officer in the portal and by e-mail, linking to the draft. A marker per draft and removal time means
 * a second run, or an overlapping one, warns nobody twice.
 */
export const warnExpiringDrafts = async (): Promise<number> => {
  const at = now();
  const from = londonDate(new Date(at.getTime() - catchUpDays * 86_400_000));
  let warned = 0;
  for (const date of datesBetween(from, londonDate(at))) {
    for (const due of await draftsDue(date, at.toISOString())) {
      const draft = await findReferral(due.referralId);
      if (!draft || draft.status !== "draft") continue;
      const told = draftExpiring({ ...draft, expiresAt: due.expiresAt });
      const sent = await notifyOnce(
        noticeOf.draftExpiring(due),
        { userId: draft.officer.userId },
        told.notification,
        told.email(draft.officerEmail ? [draft.officerEmail] : []),
      );
      if (sent) warned += 1;
    }
  }
  return warned;
};

export const handler = scheduledHandler(warnExpiringDrafts, "draftExpiryWarnings");
