import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { config, required } from "../config.ts";
import { awsClientSettings } from "./aws-http.ts";
import { itemSizeGuard } from "./item-size.ts";

let client: DynamoDBClient | undefined;
let documents: DynamoDBDocumentClient | undefined;

/**
 * The low-level client (settings in aws-http.ts): a table that cannot be reached answers 503 within
 * seconds, while a busy one is waited for and retried rather than reported as down.
 */
export const dynamoClient = (): DynamoDBClient => {
  if (!client) {
    const { dynamodbEndpoint, region } = config();
    client = new DynamoDBClient({
      region,
      ...awsClientSettings({ local: Boolean(dynamodbEndpoint) }),
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
    documents.middlewareStack.use(itemSizeGuard());
  }
  return documents;
};

/** The table's name, for repositories. */
export const tableName = (): string => required("TABLE_NAME");
