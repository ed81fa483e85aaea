import { createHash } from "node:crypto";
import {
  type AttributeValue,
  DeleteItemCommand,
  PutItemCommand,
  UpdateItemCommand,
} from "@aws-sdk/client-dynamodb";
import { config } from "../../config.ts";
import { dynamoClient } from "../../data/dynamo.ts";
import { idempotencyTableDesign } from "../../data/table-design.ts";
import type { ApiResult } from "../api-event.ts";

/* Idempotency records of our own (ADR 0003, update): one item per caller, route and Idempotency-Key. */

/** A finished request's answer is replayed for this long; DynamoDB's TTL then removes the record. */
export const replayForSeconds = 24 * 60 * 60;

const { partitionKey: id, timeToLiveAttribute: expiration } = idempotencyTableDesign;

/** Who asked, where, under which key: what makes two requests "the same request". */
export interface IdempotencyScope {
  operationId: string;
  userId: string;
  key: string;
}

/** What the store found under a key someone else claimed first. */
export type ExistingRecord =
  | { status: "INPROGRESS"; payloadHash: string }
  | { status: "COMPLETED"; payloadHash: string; response: ApiResult };

/** JSON with object keys sorted, so the same body sent with its fields in another order hashes alike. */
const canonical = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(canonical)
    : value !== null && typeof value === "object"
      ? Object.fromEntries(
          Object.keys(value)
            .sort()
            .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
        )
      : value;

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/** The record's id: the route in clear (for an operator), the caller and key hashed (nothing personal). */
export const recordId = (scope: IdempotencyScope): string =>
  `${scope.operationId}#${sha256(JSON.stringify([scope.userId, scope.key]))}`;

/** The hash a retry's body must match for its first answer to be replayed. */
export const payloadHash = (body: unknown): string => sha256(JSON.stringify(canonical(body ?? null)) ?? "");

const table = () => config().idempotencyTableName;
const key = (scope: IdempotencyScope) => ({ [id]: { S: recordId(scope) } });

const existing = (item: Record<string, AttributeValue>): ExistingRecord => {
  const hash = item.validation?.S ?? "";
  if (item.status?.S === "COMPLETED" && item.data?.S !== undefined) {
    return { status: "COMPLETED", payloadHash: hash, response: JSON.parse(item.data.S) as ApiResult };
  }
  return { status: "INPROGRESS", payloadHash: hash };
};

/**
 * Claims the key for this request: a conditional put that succeeds only if no live record holds it
 * (none, expired but not yet swept by TTL, or in progress past its holder's deadline). Returns
 * undefined when claimed, otherwise the record that holds it.
 */
export const claim = async (
  scope: IdempotencyScope,
  hash: string,
  holdForMs: number,
): Promise<ExistingRecord | undefined> => {
  const now = Date.now();
  try {
    await dynamoClient().send(
      new PutItemCommand({
        TableName: table(),
        Item: {
          ...key(scope),
          status: { S: "INPROGRESS" },
          validation: { S: hash },
          [expiration]: { N: String(Math.floor(now / 1000) + replayForSeconds) },
          in_progress_expiration: { N: String(now + holdForMs) },
        },
        ConditionExpression:
          "attribute_not_exists(#id) OR #exp < :nowSeconds OR (#status = :inProgress AND in_progress_expiration < :nowMs)",
        ExpressionAttributeNames: { "#id": id, "#exp": expiration, "#status": "status" },
        ExpressionAttributeValues: {
          ":nowSeconds": { N: String(Math.floor(now / 1000)) },
          ":nowMs": { N: String(now) },
          ":inProgress": { S: "INPROGRESS" },
        },
        ReturnValuesOnConditionCheckFailure: "ALL_OLD",
      }),
    );
    return undefined;
  } catch (error) {
    const old = (error as { name?: string; Item?: Record<string, AttributeValue> }).Item;
    if ((error as Error).name === "ConditionalCheckFailedException" && old) return existing(old);
    throw error;
  }
};

/** Stores the answer under the key this request claimed, for its retries to replay. */
export const complete = async (scope: IdempotencyScope, response: ApiResult): Promise<void> => {
  await dynamoClient().send(
    new UpdateItemCommand({
      TableName: table(),
      Key: key(scope),
      UpdateExpression: "SET #status = :completed, #data = :data, #exp = :exp",
      ExpressionAttributeNames: { "#status": "status", "#data": "data", "#exp": expiration },
      ExpressionAttributeValues: {
        ":completed": { S: "COMPLETED" },
        ":data": { S: JSON.stringify(response) },
        ":exp": { N: String(Math.floor(Date.now() / 1000) + replayForSeconds) },
      },
    }),
  );
};

/**
 * Releases a claim whose request failed, so a retry runs afresh. Conditional on it still being in
 * progress: a completed answer is never removed by a later failure.
 */
export const release = async (scope: IdempotencyScope): Promise<void> => {
  await dynamoClient().send(
    new DeleteItemCommand({
      TableName: table(),
      Key: key(scope),
      ConditionExpression: "#status = :inProgress",
      ExpressionAttributeNames: { "#status": "status" },
      ExpressionAttributeValues: { ":inProgress": { S: "INPROGRESS" } },
    }),
  );
};
