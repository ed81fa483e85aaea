import { GetCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { monotonicFactory } from "ulid";
import type { Principal } from "#shared/auth/principal.ts";
import type { Notification, OutboxEmail } from "#shared/notifications/notification.ts";
import { londonDate } from "#shared/time/index.ts";
import { now } from "../platform/clock.ts";
import { db, tableName } from "../platform/data/dynamo.ts";
import { withoutKeys } from "../platform/data/item.ts";
import { queryPage } from "../platform/data/query-page.ts";
import { failedConditions, type TransactItem, transact } from "../platform/data/transact.ts";
import { notFound } from "../platform/http/problems.ts";

const ulid = monotonicFactory();
const dayS = 24 * 60 * 60;

/** Who a notification is for: one user, or everyone in a provider organisation. */
export type Audience = { userId: string } | { organisationId: string };

/** What a notification says and where it leads. */
export interface NotificationInput {
  title: string;
  body: string;
  href?: string;
}

/** An e-mail to queue. Each address is sent its own copy, so recipients never see one another. */
export interface EmailInput {
  to: string[];
  subject: string;
  body: string;
}

/**
 * Keys (only this module knows them):
 * - NOTIFY#USER#id or NOTIFY#ORG#id / N#<ulid> — a notification (newest last, so the list reads backwards)
 * - NOTIFY#USER#id or NOTIFY#ORG#id / UNREAD — the audience's unread counter (`unread`), changed in the
 *   same transaction as every notification put and read/unread change, so the header reads one item
 * - OUTBOX#<London date> / <ulid> — an e-mail, one partition a day
 * - NOTIFIED#<what> / NOTIFIED — marks a notification a job has sent, so running it twice sends it once
 * - SLA#DUE#<London date> / <dueAt>#<referralId>#<clockId> — an open SLA clock due that day, kept in
 *   step with the referral by a stream job so the warning job Queries a day instead of scanning
 */
const keys = {
  inbox: (a: Audience) => ("userId" in a ? `NOTIFY#USER#${a.userId}` : `NOTIFY#ORG#${a.organisationId}`),
  notification: (a: Audience, id: string) => ({ pk: keys.inbox(a), sk: `N#${id}` }),
  counter: (a: Audience) => ({ pk: keys.inbox(a), sk: "UNREAD" }),
  outbox: (date: string) => `OUTBOX#${date}`,
  marker: (what: string) => ({ pk: `NOTIFIED#${what}`, sk: "NOTIFIED" }),
  slaDueDay: (date: string) => `SLA#DUE#${date}`,
  slaDue: (clock: SlaDue) => ({
    pk: keys.slaDueDay(londonDate(new Date(clock.dueAt))),
    sk: `${clock.dueAt}#${clock.referralId}#${clock.clockId}`,
  }),
};

/** Where a signed-in person's notifications live: a provider's go to its organisation. */
export const audienceOf = (principal: Principal): Audience =>
  principal.role === "provider" && principal.organisationId
    ? { organisationId: principal.organisationId }
    : { userId: principal.userId };

/**
 * The transaction items that add a notification and count it unread, written with the change it
 * tells people about. One transaction may notify an audience only once (DynamoDB refuses two writes
 * to the same counter item in one transaction).
 */
export const notificationItems = (audience: Audience, input: NotificationInput): TransactItem[] => {
  const id = ulid(now().getTime());
  const item: Notification = { id, ...input, at: now().toISOString(), read: false };
  return [
    {
      Put: {
        TableName: tableName(),
        Item: { ...keys.notification(audience, id), type: "notification", ...item },
      },
    },
    {
      Update: {
        TableName: tableName(),
        Key: keys.counter(audience),
        UpdateExpression: "ADD #unread :one SET #type = :type",
        ExpressionAttributeNames: { "#unread": "unread", "#type": "type" },
        ExpressionAttributeValues: { ":one": 1, ":type": "notification-counter" },
      },
    },
  ];
};

/** The transaction item that queues an e-mail in the outbox, with the change it reports. */
export const outboxPut = (input: EmailInput): TransactItem => {
  const id = ulid(now().getTime());
  const email: OutboxEmail = { id, ...input, at: now().toISOString() };
  return {
    Put: {
      TableName: tableName(),
      Item: { pk: keys.outbox(londonDate(now())), sk: id, type: "outbox-email", ...email },
    },
  };
};

/**
 * Notifies an audience (and queues its e-mail) at most once for `what`: a marker item written in the
 * same transaction makes a second run a no-op. For jobs, which may run twice. True if it notified now.
 */
export const notifyOnce = async (
  what: string,
  audience: Audience,
  input: NotificationInput,
  email?: EmailInput,
  keepDays = 90,
): Promise<boolean> => {
  try {
    await transact([
      {
        Put: {
          TableName: tableName(),
          Item: {
            ...keys.marker(what),
            type: "notification-marker",
            at: now().toISOString(),
            expiresAt: Math.floor(now().getTime() / 1000) + keepDays * dayS,
          },
          ConditionExpression: "attribute_not_exists(pk)",
        },
      },
      ...notificationItems(audience, input),
      ...(email && email.to.length ? [outboxPut(email)] : []),
    ]);
    return true;
  } catch (error) {
    if (failedConditions(error)?.includes(0)) return false;
    throw error;
  }
};

/** A page of the caller's notifications, newest first. */
export const listNotifications = async (audience: Audience, limit: number, cursor?: string) => {
  const page = await queryPage<Record<string, unknown>>({
    partition: keys.inbox(audience),
    sortCondition: "begins_with(#sk, :n)",
    values: { ":n": "N#" },
    limit,
    cursor,
    newestFirst: true,
  });
  return { ...page, items: page.items.map((i) => withoutKeys<Notification>(i)) };
};

/** How many of the audience's notifications are unread (one item read; never below 0). */
export const unreadCount = async (audience: Audience): Promise<number> => {
  const result = await db().send(new GetCommand({ TableName: tableName(), Key: keys.counter(audience) }));
  const unread = result.Item?.unread;
  return typeof unread === "number" && unread > 0 ? unread : 0;
};

const findNotification = async (audience: Audience, id: string) => {
  const result = await db().send(
    new GetCommand({ TableName: tableName(), Key: keys.notification(audience, id), ConsistentRead: true }),
  );
  return result.Item ? withoutKeys<Notification>(result.Item) : undefined;
};

const setReadItem = (audience: Audience, id: string, read: boolean): TransactItem => ({
  Update: {
    TableName: tableName(),
    Key: keys.notification(audience, id),
    UpdateExpression: "SET #read = :read",
    ConditionExpression: "attribute_exists(pk) AND #read = :was",
    ExpressionAttributeNames: { "#read": "read" },
    ExpressionAttributeValues: { ":read": read, ":was": !read },
  },
});

const counterChange = (audience: Audience, read: boolean): TransactItem => ({
  Update: {
    TableName: tableName(),
    Key: keys.counter(audience),
    UpdateExpression: "ADD #unread :change SET #type = :type",
    // Marking read takes one off, but never below 0.
    ...(read ? { ConditionExpression: "#unread > :zero" } : {}),
    ExpressionAttributeNames: { "#unread": "unread", "#type": "type" },
    ExpressionAttributeValues: {
      ":change": read ? -1 : 1,
      ":type": "notification-counter",
      ...(read ? { ":zero": 0 } : {}),
    },
  },
});

/**
 * Marks one of the audience's notifications read or unread, changing the unread counter in the same
 * transaction. Already in that state: nothing changes. Someone else's (or no such) notification: 404.
 */
export const setRead = async (audience: Audience, id: string, read: boolean): Promise<Notification> => {
  try {
    await transact([setReadItem(audience, id, read), counterChange(audience, read)]);
  } catch (error) {
    const failed = failedConditions(error);
    if (!failed) throw error;
    if (failed.includes(0)) {
      const current = await findNotification(audience, id);
      if (!current) throw notFound("We could not find that notification.");
      if (current.read === read) return current;
      // It changed between the transaction and the read: try once more.
      return setRead(audience, id, read);
    }
    // Only the counter refused (it is already 0): mark the notification on its own.
    try {
      await db().send(new UpdateCommand({ ...setReadItem(audience, id, read).Update! }));
    } catch (e) {
      if ((e as { name?: string }).name !== "ConditionalCheckFailedException") throw e;
    }
  }
  const changed = await findNotification(audience, id);
  if (!changed) throw notFound("We could not find that notification.");
  return changed;
};

/** A page of one day's outbox, newest first. */
export const listOutbox = async (date: string, limit: number, cursor?: string) => {
  const page = await queryPage<Record<string, unknown>>({
    partition: keys.outbox(date),
    limit,
    cursor,
    newestFirst: true,
  });
  return { ...page, items: page.items.map((i) => withoutKeys<OutboxEmail>(i)) };
};

/** Records that an outbox e-mail has gone to one address (so a retried delivery skips it). */
export const recordSent = async (email: Pick<OutboxEmail, "id" | "at">, address: string) => {
  await db().send(
    new UpdateCommand({
      TableName: tableName(),
      Key: { pk: keys.outbox(londonDate(new Date(email.at))), sk: email.id },
      UpdateExpression: "ADD #sentTo :address",
      ExpressionAttributeNames: { "#sentTo": "sentTo" },
      ExpressionAttributeValues: { ":address": new Set([address]) },
    }),
  );
};

/** The addresses an outbox e-mail has already gone to. */
export const sentAddresses = async (email: Pick<OutboxEmail, "id" | "at">): Promise<Set<string>> => {
  const result = await db().send(
    new GetCommand({
      TableName: tableName(),
      Key: { pk: keys.outbox(londonDate(new Date(email.at))), sk: email.id },
      ConsistentRead: true,
    }),
  );
  const sent = result.Item?.sentTo;
  return sent instanceof Set ? (sent as Set<string>) : new Set();
};

/** An open SLA clock of a referral, filed under the London date it is due. */
export interface SlaDue {
  referralId: string;
  clockId: string;
  dueAt: string;
}

/** The transaction items that make the due index hold `next` instead of `previous` for one referral. */
export const slaDueChanges = (previous: SlaDue[], next: SlaDue[]): TransactItem[] => {
  const id = (c: SlaDue) => `${c.dueAt}#${c.referralId}#${c.clockId}`;
  const keep = new Set(next.map(id));
  const had = new Set(previous.map(id));
  return [
    ...previous
      .filter((c) => !keep.has(id(c)))
      .map((c): TransactItem => ({ Delete: { TableName: tableName(), Key: keys.slaDue(c) } })),
    ...next
      .filter((c) => !had.has(id(c)))
      .map((c): TransactItem => ({
        Put: {
          TableName: tableName(),
          Item: {
            ...keys.slaDue(c),
            type: "sla-due",
            ...c,
            // A clock never met stays in the index only a while after it was due.
            expiresAt: Math.floor(Date.parse(c.dueAt) / 1000) + 30 * dayS,
          },
        },
      })),
  ];
};

/** The open clocks due on a London date between two instants (inclusive), every page of them. */
export const slaDueBetween = async (date: string, from: string, to: string): Promise<SlaDue[]> => {
  const due: SlaDue[] = [];
  let cursor: string | undefined;
  do {
    const page = await queryPage<Record<string, unknown>>({
      partition: keys.slaDueDay(date),
      sortCondition: "#sk BETWEEN :from AND :to",
      values: { ":from": from, ":to": `${to}#~` },
      limit: 100,
      cursor,
    });
    due.push(
      ...page.items.map((i) => ({
        referralId: String(i.referralId),
        clockId: String(i.clockId),
        dueAt: String(i.dueAt),
      })),
    );
    cursor = page.nextCursor;
  } while (cursor);
  return due;
};
