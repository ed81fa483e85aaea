import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient, QueryCommand } from "@aws-sdk/lib-dynamodb";
import { inject } from "vitest";

let client: DynamoDBDocumentClient | undefined;
/** DynamoDB Local of the reliability stack, read directly to see what the portal really stored. */
export const table = () => {
  client ??= DynamoDBDocumentClient.from(
    new DynamoDBClient({
      endpoint: inject("dynamoEndpoint"),
      region: "eu-west-2",
      credentials: { accessKeyId: "local", secretAccessKey: "local" },
    }),
  );
  return client;
};

/** Every item of a partition (or of an index partition), in key order. */
export const partitionItems = async (pk: string, index?: "gsi1" | "gsi2" | "gsi3" | "gsi4") => {
  const items: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await table().send(
      new QueryCommand({
        TableName: inject("tableName"),
        ...(index ? { IndexName: index } : {}),
        KeyConditionExpression: "#pk = :pk",
        ExpressionAttributeNames: { "#pk": index ? `${index}pk` : "pk" },
        ExpressionAttributeValues: { ":pk": pk },
        ...(start ? { ExclusiveStartKey: start } : {}),
      }),
    );
    items.push(...(page.Items ?? []));
    start = page.LastEvaluatedKey;
  } while (start);
  return items;
};

/** A snapshot of several partitions, to compare before and after a request. */
export const snapshot = async (partitions: string[]) =>
  Object.fromEntries(
    await Promise.all(partitions.map(async (pk) => [pk, await partitionItems(pk)] as const)),
  );

/** Fills `{name}` placeholders of a route path from the fixture; names a missing one. */
export const fillPath = (path: string, params: Record<string, string>) =>
  path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`The fixture has no value for {${name}} in ${path}`);
    return encodeURIComponent(value);
  });
