import { GetCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { monotonicFactory } from "ulid";
import type { OutboxEmail } from "#shared/notifications/notification.ts";
import { now } from "../platform/clock.ts";
import { db, tableName } from "../platform/data/dynamo.ts";
import { withoutKeys } from "../platform/data/item.ts";
import { queryPage } from "../platform/data/query-page.ts";
import type { TransactItem } from "../platform/data/transact.ts";
import { outboxEmailKind, outboxPartition } from "./items.ts";

const ulid = monotonicFactory();

/** An e-mail to queue. Each address is sent its own copy, so recipients never see one another. */
export interface EmailInput {
  to: string[];
  subject: string;
  body: string;
}

/** The transaction item that queues an e-mail in the outbox, with the change it reports. */
export const outboxPut = (input: EmailInput): TransactItem => {
  const id = ulid(now().getTime());
  const email: OutboxEmail = { id, ...input, at: now().toISOString() };
  return {
    Put: {
      TableName: tableName(),
      Item: outboxEmailKind.item(email, email),
    },
  };
};

/** A page of one day's outbox, newest first. */
export const listOutbox = async (date: string, limit: number, cursor?: string) => {
  const page = await queryPage<Record<string, unknown>>({
    partition: outboxPartition(date),
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
      Key: outboxEmailKind.key(email),
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
      Key: outboxEmailKind.key(email),
      ConsistentRead: true,
    }),
  );
  const sent = result.Item?.sentTo;
  return sent instanceof Set ? (sent as Set<string>) : new Set();
};
