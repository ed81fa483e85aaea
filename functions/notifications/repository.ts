import { UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { monotonicFactory } from "ulid";
import type { Principal } from "#shared/auth/principal.ts";
import type { Notification, OutboxEmail } from "#shared/notifications/notification.ts";
import { londonDate } from "#shared/time/index.ts";
import { now } from "../platform/clock.ts";
import { db, tableName } from "../platform/data/dynamo.ts";
import { withoutKeys } from "../platform/data/item.ts";
import { queryPage } from "../platform/data/query-page.ts";
import type { TransactItem } from "../platform/data/transact.ts";
import { notFound } from "../platform/http/problems.ts";

const ulid = monotonicFactory();

/** Who a notification is for: one user, or everyone in a provider organisation. */
export type Audience = { userId: string } | { organisationId: string };

/**
 * Keys: NOTIFY#USER#id or NOTIFY#ORG#id / N#<ulid> (newest last, so the list reads backwards);
 * OUTBOX#<London date> / <ulid> for e-mails, one partition a day.
 */
const keys = {
  inbox: (a: Audience) => ("userId" in a ? `NOTIFY#USER#${a.userId}` : `NOTIFY#ORG#${a.organisationId}`),
  notification: (a: Audience, id: string) => ({ pk: keys.inbox(a), sk: `N#${id}` }),
  outbox: (date: string) => `OUTBOX#${date}`,
};

/** Where a signed-in person's notifications live: a provider's go to its organisation. */
export const audienceOf = (principal: Principal): Audience =>
  principal.role === "provider" && principal.organisationId
    ? { organisationId: principal.organisationId }
    : { userId: principal.userId };

/** The transaction item that adds a notification, written with the change it tells people about. */
export const notificationPut = (
  audience: Audience,
  input: { title: string; body: string; href?: string },
): TransactItem => {
  const id = ulid(now().getTime());
  const item: Notification = { id, ...input, at: now().toISOString(), read: false };
  return {
    Put: {
      TableName: tableName(),
      Item: { ...keys.notification(audience, id), type: "notification", ...item },
    },
  };
};

/** The transaction item that queues an e-mail in the outbox, with the change it reports. */
export const outboxPut = (input: { to: string[]; subject: string; body: string }): TransactItem => {
  const id = ulid(now().getTime());
  const email: OutboxEmail = { id, ...input, at: now().toISOString() };
  return {
    Put: {
      TableName: tableName(),
      Item: { pk: keys.outbox(londonDate(now())), sk: id, type: "outbox-email", ...email },
    },
  };
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

/** Marks one of the caller's notifications read; someone else's is not found. */
export const markRead = async (audience: Audience, id: string): Promise<Notification> => {
  try {
    const result = await db().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.notification(audience, id),
        UpdateExpression: "SET #read = :true",
        ConditionExpression: "attribute_exists(pk)",
        ExpressionAttributeNames: { "#read": "read" },
        ExpressionAttributeValues: { ":true": true },
        ReturnValues: "ALL_NEW",
      }),
    );
    return withoutKeys<Notification>(result.Attributes ?? {});
  } catch (error) {
    if ((error as { name?: string }).name === "ConditionalCheckFailedException") throw notFound();
    throw error;
  }
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
