import { chargesCsv } from "#shared/contracts/charges.ts";
import { httpHandler, withStatus } from "../platform/http/handler.ts";
import { contractFor } from "./management-repository.ts";
import { listChargeLines } from "./review-repository.ts";
import { exportContractChargesRoute } from "./review-routes.ts";

/** One month's charges as CSV: a line per started referral (its reference, never a person) and the total. */
export const handler = httpHandler(exportContractChargesRoute, async ({ principal, params }) => {
  const contract = await contractFor(principal, params.contractId);
  const lines = await listChargeLines(contract.id, params.month);
  return withStatus(200, chargesCsv(contract.reference, params.month, lines), {
    "content-disposition": `attachment; filename="charges-${contract.reference}-${params.month}.csv"`,
  });
});
