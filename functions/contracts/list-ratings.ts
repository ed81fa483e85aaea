import { ratingRule } from "#shared/contracts/rating.ts";
import { httpHandler } from "../platform/http/handler.ts";
import { contractFor } from "./management-repository.ts";
import { listMonthlyMeasures, listPlans, listRatings } from "./review-repository.ts";
import { listContractRatingsRoute } from "./review-routes.ts";

/**
 * A contract's performance record. The provider sees confirmed ratings only: a proposal is the
 * commissioner's to confirm or change first.
 */
export const handler = httpHandler(listContractRatingsRoute, async ({ principal, params }) => {
  const contract = await contractFor(principal, params.contractId);
  const [ratings, months, plans] = await Promise.all([
    listRatings(contract.id),
    listMonthlyMeasures(contract.id),
    listPlans(contract.id),
  ]);
  return {
    rule: ratingRule,
    ratings: principal.role === "provider" ? ratings.filter((r) => r.status === "confirmed") : ratings,
    months,
    plans,
  };
});
