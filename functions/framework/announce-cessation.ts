import { londonDate } from "#shared/time/index.ts";
import { now } from "../platform/clock.ts";
import { withStatus } from "../platform/http/handler.ts";
import { httpHandler } from "../platform/http/handler.ts";
import { invalid } from "../platform/http/problems.ts";
import { requireFrameworkAdmin } from "./access.ts";
import { announceCessation } from "./cessation-repository.ts";
import { announceCessationRoute } from "./routes.ts";

/**
 * A framework administrator announces when the dynamic market ceases. The date must be after today
 * (London): the cessation notice has to be publishable while the market still operates.
 */
export const handler = httpHandler(announceCessationRoute, async ({ principal, body }) => {
  requireFrameworkAdmin(principal, "Only framework administrators can end the dynamic market.");
  if (body.closesOn <= londonDate(now())) {
    throw invalid([{ path: "closesOn", message: "The date the dynamic market closes must be after today" }]);
  }
  return withStatus(201, await announceCessation(principal, body));
});
