import {
  CreateTableCommand,
  DeleteTableCommand,
  DescribeTableCommand,
  type DynamoDBClient,
  ResourceNotFoundException,
  UpdateTimeToLiveCommand,
} from "@aws-sdk/client-dynamodb";
import { idempotencyTableDesign, tableDesign } from "#functions/platform/data/table-design.ts";

const exists = async (client: DynamoDBClient, name: string): Promise<boolean> => {
  try {
    await client.send(new DescribeTableCommand({ TableName: name }));
    return true;
  } catch (error) {
    if (error instanceof ResourceNotFoundException) return false;
    throw error;
  }
};

/** Creates the portal table from the same design the CDK stack uses; returns true if it was new. */
export const ensurePortalTable = async (client: DynamoDBClient, name: string): Promise<boolean> => {
  if (await exists(client, name)) return false;
  const attributes = new Set<string>([tableDesign.partitionKey, tableDesign.sortKey]);
  for (const index of tableDesign.globalIndexes) {
    attributes.add(index.partitionKey);
    attributes.add(index.sortKey);
  }
  await client.send(
    new CreateTableCommand({
      TableName: name,
      BillingMode: "PAY_PER_REQUEST",
      AttributeDefinitions: [...attributes].map((a) => ({ AttributeName: a, AttributeType: "S" })),
      KeySchema: [
        { AttributeName: tableDesign.partitionKey, KeyType: "HASH" },
        { AttributeName: tableDesign.sortKey, KeyType: "RANGE" },
      ],
      GlobalSecondaryIndexes: tableDesign.globalIndexes.map((index) => ({
        IndexName: index.indexName,
        KeySchema: [
          { AttributeName: index.partitionKey, KeyType: "HASH" },
          { AttributeName: index.sortKey, KeyType: "RANGE" },
        ],
        Projection: { ProjectionType: "ALL" },
      })),
      StreamSpecification: { StreamEnabled: true, StreamViewType: "NEW_AND_OLD_IMAGES" },
    }),
  );
  await client.send(
    new UpdateTimeToLiveCommand({
      TableName: name,
      TimeToLiveSpecification: { AttributeName: tableDesign.timeToLiveAttribute, Enabled: true },
    }),
  );
  return true;
};

/** Creates the idempotency table. */
export const ensureIdempotencyTable = async (client: DynamoDBClient, name: string): Promise<void> => {
  if (await exists(client, name)) return;
  await client.send(
    new CreateTableCommand({
      TableName: name,
      BillingMode: "PAY_PER_REQUEST",
      AttributeDefinitions: [{ AttributeName: idempotencyTableDesign.partitionKey, AttributeType: "S" }],
      KeySchema: [{ AttributeName: idempotencyTableDesign.partitionKey, KeyType: "HASH" }],
    }),
  );
};

/** Drops a table if present (for `--fresh`). */
export const dropTable = async (client: DynamoDBClient, name: string): Promise<void> => {
  if (await exists(client, name)) await client.send(new DeleteTableCommand({ TableName: name }));
};
