import { londonDate } from "#shared/time/index.ts";
import { defineItem } from "../platform/data/define-item.ts";

const dayS = 24 * 60 * 60;

/** Who a notification is for: one user, or everyone in a provider organisation. */
export type Audience = { userId: string } | { organisationId: string };

const inbox = (a: Audience) => ("userId" in a ? `NOTIFY#USER#${a.userId}` : `NOTIFY#ORG#${a.organisationId}`);

/** A notification, in its audience's partition (newest last, so the list reads backwards). */
export const notificationKind = defineItem({
  type: "notification",
  pk: (n: { audience: Audience }) => inbox(n.audience),
  sk: (n: { id: string }) => `N#${n.id}`,
  skPrefix: "N#",
});

/**
 * The audience's unread counter (`unread`), changed in the same transaction as every notification
 * put and read/unread change, so the header reads one item.
 */
export const unreadCounterKind = defineItem({
  type: "notification-counter",
  pk: (n: { audience: Audience }) => inbox(n.audience),
  sk: () => "UNREAD",
});

/** The outbox partition of one London day. */
export const outboxPartition = (date: string) => `OUTBOX#${date}`;

/** An e-mail to send, in the partition of the London day it was queued. */
export const outboxEmailKind = defineItem({
  type: "outbox-email",
  pk: (e: { at: string }) => outboxPartition(londonDate(new Date(e.at))),
  sk: (e: { id: string }) => e.id,
});

/**
 * What each job's marker says it sent (the `what` of `notificationMarkerKind`). A changed spelling
 * would send every past notice again, so these are pinned by a test like the keys.
 */
export const noticeOf = {
  standstill: (n: { opportunityId: string; decidedAt?: string | undefined; organisationId: string }) =>
    `STANDSTILL#${n.opportunityId}#${n.decidedAt ?? ""}#${n.organisationId}`,
  slaDueSoon: (c: { referralId: string; clockId: string; dueAt: string }) =>
    `SLA#${c.referralId}#${c.clockId}#${c.dueAt}`,
  applicationDecided: (a: { id?: string | undefined; status: string }) =>
    `APPLICATION#${a.id ?? ""}#${a.status}`,
  addedToPanel: (m: { opportunityId: string; userId: string; assignedAt: string }) =>
    `PANEL#${m.opportunityId}#${m.userId}#${m.assignedAt}`,
  answerPublished: (a: { id?: string | undefined; answeredAt: string; organisationId: string }) =>
    `ANSWER#${a.id ?? ""}#${a.answeredAt}#${a.organisationId}`,
  draftExpiring: (d: { referralId: string; expiresAt: string }) => `DRAFT#${d.referralId}#${d.expiresAt}`,
};

/** Marks a notification a job has sent, so running it twice sends it once; kept `keepDays`. */
export const notificationMarkerKind = defineItem({
  type: "notification-marker",
  pk: (m: { what: string }) => `NOTIFIED#${m.what}`,
  sk: () => "NOTIFIED",
  ttl: (m: { at: string; keepDays: number }) => Math.floor(Date.parse(m.at) / 1000) + m.keepDays * dayS,
});

/** The SLA due index partition of one London day. */
export const slaDuePartition = (date: string) => `SLA#DUE#${date}`;

/**
 * An open SLA clock filed under the London day it is due, kept in step with the referral by a stream
 * job so the warning job Queries a day instead of scanning. A clock never met stays a while only.
 */
export const slaDueKind = defineItem({
  type: "sla-due",
  pk: (c: { dueAt: string }) => slaDuePartition(londonDate(new Date(c.dueAt))),
  sk: (c: { dueAt: string; referralId: string; clockId: string }) =>
    `${c.dueAt}#${c.referralId}#${c.clockId}`,
  ttl: (c: { dueAt: string }) => Math.floor(Date.parse(c.dueAt) / 1000) + 30 * dayS,
});

/** The draft-warning index partition of one London day (the day a draft is 7 days from removal). */
export const draftExpiryPartition = (date: string) => `DRAFT#EXPIRY#${date}`;

/**
 * A draft referral filed under the London day its removal warning is due, written by a stream job
 * when the draft is created, so the daily warning job Queries a day instead of scanning for drafts.
 * It goes a while after the draft would have been removed; a sent draft is skipped when read.
 */
export const draftExpiryKind = defineItem({
  type: "draft-expiry",
  pk: (d: { warnAt: string }) => draftExpiryPartition(londonDate(new Date(d.warnAt))),
  sk: (d: { warnAt: string; referralId: string }) => `${d.warnAt}#${d.referralId}`,
  ttl: (d: { expiresAt: string }) => Math.floor(Date.parse(d.expiresAt) / 1000) + 30 * dayS,
});
