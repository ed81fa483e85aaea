import { termsAsAt } from "#shared/contracts/terms.ts";
import { httpHandler } from "../platform/http/handler.ts";
import { getContractTermsRoute } from "./change-routes.ts";
import { contractFor, listTerms } from "./management-repository.ts";

/**
 * Every version of a contract's terms and, given a date, the one in force then: what a referral sent
 * that day was sent under, whatever changed afterwards.
 */
export const handler = httpHandler(getContractTermsRoute, async ({ principal, params, query }) => {
  const contract = await contractFor(principal, params.contractId);
  const versions = await listTerms(contract);
  const asAt = query.asAt ? termsAsAt(versions, query.asAt) : undefined;
  return { versions, ...(asAt ? { asAt } : {}) };
});
