import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { inject } from "vitest";

/** The shared stack's table, read directly to prove what a request stored (or did not). */
export const table = () =>
  DynamoDBDocumentClient.from(
    new DynamoDBClient({
      endpoint: inject("dynamoEndpoint"),
      region: "eu-west-2",
      credentials: { accessKeyId: "local", secretAccessKey: "local" },
    }),
  );
