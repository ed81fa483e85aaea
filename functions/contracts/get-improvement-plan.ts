import { httpHandler } from "../platform/http/handler.ts";
import { contractFor } from "./management-repository.ts";
import { planOr404 } from "./review-repository.ts";
import { getImprovementPlanRoute } from "./review-routes.ts";

/** The improvement plan a quarter's rating opened: the provider's and its region's commissioners'. */
export const handler = httpHandler(getImprovementPlanRoute, async ({ principal, params }) => {
  const contract = await contractFor(principal, params.contractId);
  return planOr404(contract.id, params.period);
});
