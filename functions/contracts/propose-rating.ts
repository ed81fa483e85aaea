import { httpHandler } from "../platform/http/handler.ts";
import { requireLive } from "./change-parties.ts";
import { contractFor } from "./management-repository.ts";
import { proposeFor } from "./rating-propose.ts";
import { proposeContractRatingRoute } from "./review-routes.ts";

/** A commissioner's review on demand: the portal proposes the quarter's rating from its figures now. */
export const handler = httpHandler(proposeContractRatingRoute, async ({ principal, params, body }) => {
  const contract = await contractFor(principal, params.contractId);
  requireLive(contract);
  return proposeFor(contract, body.period, principal);
});
