import { submittedBids } from "../bids/index.ts";
import type { EvaluationRecord } from "../evaluation/index.ts";
import { type ItemChange, streamHandler } from "../platform/jobs/stream-handler.ts";
import { noticeOf } from "./items.ts";
import { organisationEmails } from "./recipients.ts";
import { notifyOnce } from "./repository.ts";
import { standstillStarted } from "./templates.ts";

/** Whether standstill has just started: the contract award notice was published, setting its end. */
export const startsStandstill = (change: ItemChange): boolean => {
  const next = change.newImage as Partial<EvaluationRecord> | undefined;
  const before = change.oldImage as Partial<EvaluationRecord> | undefined;
  return next?.state === "standstill" && Boolean(next.standstillEndsAt) && !before?.standstillEndsAt;
};

/**
 * When standstill starts (the award notice is published), tells every bidder organisation (winners and the rest alike) that the outcome is ready
 * and when standstill ends: one notification and one e-mail each. Written here rather than in the
 * award's transaction because a competition's bidders are not bounded (each needs 4 items, and a
 * transaction holds at most 100); a marker per bidder makes a redelivered change notify nobody twice.
 */
export const notifyBidders = async (change: ItemChange): Promise<void> => {
  if (!startsStandstill(change)) return;
  const record = change.newImage as unknown as EvaluationRecord;
  const told = standstillStarted(
    { id: record.opportunityId, title: record.opportunityTitle },
    record.standstillEndsAt!,
  );
  const organisations = [
    ...new Set((await submittedBids(record.opportunityId)).map((b) => b.organisationId)),
  ];
  for (const organisationId of organisations) {
    await notifyOnce(
      noticeOf.standstill({ ...record, organisationId }),
      { organisationId },
      told.notification,
      told.email(await organisationEmails(organisationId, "bids")),
    );
  }
};

export const handler = streamHandler(notifyBidders, "standstillNotices");
