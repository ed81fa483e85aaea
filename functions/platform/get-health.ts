import { DescribeTableCommand } from "@aws-sdk/client-dynamodb";
import { now } from "./clock.ts";
import { dynamoClient, tableName } from "./data/dynamo.ts";
import { httpHandler } from "./http/handler.ts";
import { healthRoute } from "./routes.ts";

/** Health: answers ok only when the table can be reached, so a load balancer or a person sees real state. */
export const handler = httpHandler(healthRoute, async () => {
  await dynamoClient().send(new DescribeTableCommand({ TableName: tableName() }));
  return { status: "ok", time: now().toISOString() };
});
