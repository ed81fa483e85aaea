import { QueryCommand, type QueryCommandInput } from "@aws-sdk/lib-dynamodb";
import { invalid } from "../http/problems.ts";
import { db, tableName } from "./dynamo.ts";

type Key = Record<string, unknown>;

const encode = (key: Key): string => Buffer.from(JSON.stringify(key)).toString("base64url");

const decode = (cursor: string, partition: { name: string; value: string }): Key => {
  try {
    const key = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as Key;
    // A cursor from another list (or a made-up one) must not reach DynamoDB as a start key.
    if (typeof key !== "object" || key === null || key[partition.name] !== partition.value) throw new Error();
    return key;
  } catch {
    throw invalid([
      { path: "query.cursor", message: "The page link is not valid. Go back to the first page." },
    ]);
  }
};

export interface PageRequest {
  /** Index name, or undefined for the table. */
  index?: "gsi1" | "gsi2" | "gsi3";
  partition: string;
  /** Optional sort-key condition, e.g. `begins_with(sk, :prefix)`; use `#sk` for the sort key name. */
  sortCondition?: string;
  values?: Record<string, unknown>;
  names?: Record<string, string>;
  filter?: string;
  limit: number;
  cursor?: string | undefined;
  newestFirst?: boolean;
}

/**
 * One page of a Query on a key or index — the only way lists are read (never a Scan). The cursor is
 * the opaque encoding of DynamoDB's LastEvaluatedKey, checked to belong to the same partition.
 */
export const queryPage = async <T>(request: PageRequest): Promise<{ items: T[]; nextCursor?: string }> => {
  const pkName = request.index ? `${request.index}pk` : "pk";
  const skName = request.index ? `${request.index}sk` : "sk";
  const input: QueryCommandInput = {
    TableName: tableName(),
    ...(request.index ? { IndexName: request.index } : {}),
    KeyConditionExpression: `#pk = :pk${request.sortCondition ? ` AND ${request.sortCondition}` : ""}`,
    ExpressionAttributeNames: {
      "#pk": pkName,
      ...(request.sortCondition ? { "#sk": skName } : {}),
      ...request.names,
    },
    ExpressionAttributeValues: { ":pk": request.partition, ...request.values },
    ...(request.filter ? { FilterExpression: request.filter } : {}),
    Limit: request.limit,
    ScanIndexForward: !request.newestFirst,
    ...(request.cursor
      ? { ExclusiveStartKey: decode(request.cursor, { name: pkName, value: request.partition }) }
      : {}),
  };
  const result = await db().send(new QueryCommand(input));
  return {
    items: (result.Items ?? []) as T[],
    ...(result.LastEvaluatedKey ? { nextCursor: encode(result.LastEvaluatedKey) } : {}),
  };
};

/**
 * A page of a Query with a filter, topped up by further Queries (at most `maxQueries`) until it holds
 * `limit` items or the partition ends. Each Query asks only for the items still missing, so the page
 * never overshoots and the last LastEvaluatedKey is an exact cursor. Latency stays bounded: the key
 * condition still picks the partition, and the number of round trips is capped.
 */
export const queryFilledPage = async <T>(
  request: PageRequest,
  maxQueries = 4,
): Promise<{ items: T[]; nextCursor?: string }> => {
  const items: T[] = [];
  let cursor = request.cursor;
  for (let i = 0; i < maxQueries; i += 1) {
    const page = await queryPage<T>({ ...request, limit: request.limit - items.length, cursor });
    items.push(...page.items);
    cursor = page.nextCursor;
    if (!cursor || items.length >= request.limit) break;
  }
  return { items, ...(cursor ? { nextCursor: cursor } : {}) };
};
