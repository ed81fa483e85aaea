import { httpHandler } from "../platform/http/handler.ts";
import { visibleOpportunity } from "./access.ts";
import { present } from "./present.ts";
import { getOpportunityRoute } from "./routes.ts";

/** One opportunity, as far as the caller may see it. */
export const handler = httpHandler(getOpportunityRoute, async ({ principal, params }) => {
  const { opportunity } = await visibleOpportunity(principal, params.opportunityId);
  return present(principal, opportunity);
});
