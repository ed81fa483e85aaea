import { httpHandler } from "../platform/http/handler.ts";
import { visibleBid } from "./access.ts";
import { getBidRoute } from "./routes.ts";

/** One bid: commissioners of the region see submitted bids only once the deadline has passed (404 before). */
export const handler = httpHandler(getBidRoute, async ({ principal, params }) =>
  visibleBid(principal, params.opportunityId, params.organisationId),
);
