import { monthFromCounters } from "#shared/contracts/charges.ts";
import { httpHandler } from "../platform/http/handler.ts";
import { contractFor } from "./management-repository.ts";
import { listChargeMonths } from "./review-repository.ts";
import { getContractChargesRoute } from "./review-routes.ts";

/** The charges statement, newest month first: the same figures for the provider and the commissioner. */
export const handler = httpHandler(getContractChargesRoute, async ({ principal, params }) => {
  const contract = await contractFor(principal, params.contractId);
  const months = (await listChargeMonths(contract.id))
    .map((m) => monthFromCounters(m.month, m.counters))
    .sort((a, b) => b.month.localeCompare(a.month));
  return {
    contractId: contract.id,
    contractReference: contract.reference,
    months,
    totalPence: months.reduce((n, m) => n + m.amountPence, 0),
  };
});
