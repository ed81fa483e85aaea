import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { NodeHttpHandler } from "@smithy/node-http-handler";
import { config, required } from "../config.ts";

let client: DynamoDBClient | undefined;
let documents: DynamoDBDocumentClient | undefined;

/**
 * The low-level client. Short timeouts and few retries: a request that cannot reach the table should
 * answer 503 within seconds rather than hang until API Gateway gives up.
 */
export const dynamoClient = (): DynamoDBClient => {
  if (!client) {
    const { dynamodbEndpoint, region } = config();
    client = new DynamoDBClient({
      region,
      maxAttempts: 2,
      requestHandler: new NodeHttpHandler({ connectionTimeout: 1_000, requestTimeout: 5_000 }),
      ...(dynamodbEndpoint
        ? { endpoint: dynamodbEndpoint, credentials: { accessKeyId: "local", secretAccessKey: "local" } }
        : {}),
    });
  }
  return client;
};

/** The document client every repository uses: plain JS values in and out. */
export const db = (): DynamoDBDocumentClient => {
  if (!documents) {
    documents = DynamoDBDocumentClient.from(dynamoClient(), {
      marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: true },
    });
  }
  return documents;
};

/** The table's name, for repositories. */
export const tableName = (): string => required("TABLE_NAME");
