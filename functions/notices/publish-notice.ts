import { publishedRelease } from "#shared/notices/releases.ts";
import { formatDeadline } from "#shared/time/format-deadline.ts";
import { submittedBids } from "../bids/index.ts";
import { findEvaluationRecord, standstillEnd, standstillStartItem } from "../evaluation/index.ts";
import { now } from "../platform/clock.ts";
import type { TransactItem } from "../platform/data/transact.ts";
import { httpHandler } from "../platform/http/handler.ts";
import { conflict, notFound, ruleBroken } from "../platform/http/problems.ts";
import { commissionedProcurement } from "./access.ts";
import { immutable } from "./edit-notice.ts";
import { registerEntryPuts } from "./register.ts";
import { findNotice, noticePut, publicNotice, type StoredNotice, writeAll } from "./repository.ts";
import { publishNoticeRoute } from "./routes.ts";
import { summariesSent } from "./summaries.ts";

/** For a contract award notice: standstill starts now, so every bidder must have had its summary. */
const startStandstill = async (notice: StoredNotice, at: Date) => {
  const record = await findEvaluationRecord(notice.procurementId);
  if (record?.state !== "standstill" || record.standstillEndsAt) {
    throw ruleBroken("The award notice can be published once, after the award and before standstill starts.");
  }
  const bidders = new Set((await submittedBids(notice.procurementId)).map((b) => b.organisationId));
  const sent = await summariesSent(notice.procurementId);
  const waiting = [...bidders].filter((b) => !sent.has(b)).length;
  if (waiting > 0) {
    throw ruleBroken(
      `Send every bidder its assessment summary before publishing the contract award notice: ${waiting} of ${bidders.size} have not been sent one.`,
    );
  }
  const endsAt = standstillEnd(at);
  return { endsAt, item: standstillStartItem(record, endsAt) };
};

/**
 * Publishes a draft as read: the notice becomes immutable, its OCDS release is fixed, and it enters
 * the public register (an entry per facet) — all in one transaction. A contract award notice (not a
 * correction of one) also starts the 8-working-day standstill in the same transaction.
 */
export const handler = httpHandler(publishNoticeRoute, async ({ principal, params, body }) => {
  const notice = await findNotice(params.noticeId);
  if (!notice) throw notFound();
  await commissionedProcurement(principal, notice.procurementId);
  if (notice.status === "published") throw conflict(immutable);
  if (notice.version !== body.version) throw conflict();
  const at = now();
  const publishedAt = at.toISOString();
  const extra: TransactItem[] = [];
  let facts = notice.facts;
  if (notice.kind === "contractAward" && !notice.corrects) {
    const standstill = await startStandstill(notice, at);
    extra.push(standstill.item);
    facts = [
      ...facts.filter((f) => f.label !== "Standstill period"),
      { label: "Standstill period ends", value: formatDeadline(standstill.endsAt) },
    ];
  }
  const published: StoredNotice = {
    ...notice,
    facts,
    status: "published",
    publishedAt,
    publishedBy: principal.userId,
    version: notice.version + 1,
    release: publishedRelease({
      ocid: notice.ocid,
      noticeId: notice.id,
      publishedAt,
      tag: notice.tag,
      textAt: notice.textAt,
      description: notice.description,
      sections: notice.sections,
    }),
  };
  await writeAll(
    [noticePut(published, notice.version), ...registerEntryPuts(published), ...extra],
    "This notice or its competition changed since you loaded it. Reload and try again.",
  );
  return publicNotice(published);
});
