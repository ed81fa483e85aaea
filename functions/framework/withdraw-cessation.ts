import { httpHandler } from "../platform/http/handler.ts";
import { requireFrameworkAdmin } from "./access.ts";
import { withdrawCessation } from "./cessation-repository.ts";
import { withdrawCessationRoute } from "./routes.ts";

/** A framework administrator withdraws the announced end before its date; the market stays open. */
export const handler = httpHandler(withdrawCessationRoute, async ({ principal }) => {
  requireFrameworkAdmin(principal, "Only framework administrators can end the dynamic market.");
  return withdrawCessation(principal);
});
