import { londonDate } from "#shared/time/index.ts";
import { now } from "../platform/clock.ts";
import { config } from "../platform/config.ts";
import { httpHandler } from "../platform/http/handler.ts";
import { notFound } from "../platform/http/problems.ts";
import { listOutbox } from "./outbox.ts";
import { listOutboxRoute } from "./routes.ts";

/**
 * The outbox page of the local stack. In the cloud the e-mails are sent, not shown, so the route
 * answers 404 there (only the local stack sets a DynamoDB endpoint).
 */
export const handler = httpHandler(listOutboxRoute, async ({ query }) => {
  if (!config().dynamodbEndpoint) throw notFound();
  return listOutbox(query.date ?? londonDate(now()), query.limit, query.cursor);
});
