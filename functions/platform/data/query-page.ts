import { QueryCommand, type QueryCommandInput } from "@aws-sdk/lib-dynamodb";
import { type CursorList, decodeCursor, encodeCursor, invalidCursor } from "./cursor.ts";
import { db, tableName } from "./dynamo.ts";

export interface PageRequest {
  /** Index name, or undefined for the table. */
  index?: "gsi1" | "gsi2" | "gsi3" | "gsi4";
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
 * DynamoDB's LastEvaluatedKey signed for this list, caller and filters (cursor.ts): anything else is a 400.
 */
export const queryPage = async <T>(request: PageRequest): Promise<{ items: T[]; nextCursor?: string }> => {
  const pkName = request.index ? `${request.index}pk` : "pk";
  const skName = request.index ? `${request.index}sk` : "sk";
  const list: CursorList = {
    index: request.index,
    partition: request.partition,
    sortCondition: request.sortCondition,
    filter: request.filter,
    newestFirst: request.newestFirst,
  };
  const start = request.cursor
    ? await decodeCursor(list, request.cursor, ["pk", "sk", ...(request.index ? [pkName, skName] : [])])
    : undefined;
  // A cursor signed for this list always names its partition; anything else never reaches DynamoDB.
  if (start && start[pkName] !== request.partition) throw invalidCursor();
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
    ...(start ? { ExclusiveStartKey: start } : {}),
  };
  const result = await db().send(new QueryCommand(input));
  return {
    items: (result.Items ?? []) as T[],
    ...(result.LastEvaluatedKey ? { nextCursor: await encodeCursor(list, result.LastEvaluatedKey) } : {}),
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
