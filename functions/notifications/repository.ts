import { GetCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { monotonicFactory } from "ulid";
import type { Principal } from "#shared/auth/principal.ts";
import type { Notification } from "#shared/notifications/notification.ts";
import { now } from "../platform/clock.ts";
import { db, tableName } from "../platform/data/dynamo.ts";
import { withoutKeys } from "../platform/data/item.ts";
import { queryPage } from "../platform/data/query-page.ts";
import { failedConditions, type TransactItem, transact } from "../platform/data/transact.ts";
import { notFound } from "../platform/http/problems.ts";
import { type Audience, notificationKind, notificationMarkerKind, unreadCounterKind } from "./items.ts";
import { type EmailInput, outboxPut } from "./outbox.ts";

const ulid = monotonicFactory();

export type { Audience } from "./items.ts";
export { type EmailInput, outboxPut } from "./outbox.ts";

/** What a notification says and where it leads. */
export interface NotificationInput {
  title: string;
  body: string;
  href?: string;
}

/** Keys of notifications and unread counters (declared in ./items.ts). */
const keys = {
  notification: (audience: Audience, id: string) => notificationKind.key({ audience, id }),
  counter: (audience: Audience) => unreadCounterKind.key({ audience }),
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
        Item: notificationKind.item({ audience, id }, item),
      },
    },
    {
      Update: {
        TableName: tableName(),
        Key: keys.counter(audience),
        UpdateExpression: "ADD #unread :one SET #type = :type",
        ExpressionAttributeNames: { "#unread": "unread", "#type": "type" },
        ExpressionAttributeValues: { ":one": 1, ":type": unreadCounterKind.type },
      },
    },
  ];
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
          Item: notificationMarkerKind.item(
            { what, at: now().toISOString(), keepDays },
            { at: now().toISOString() },
          ),
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
    partition: notificationKind.pk({ audience }),
    sortCondition: "begins_with(#sk, :n)",
    values: { ":n": notificationKind.skPrefix },
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
      ":type": unreadCounterKind.type,
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
