import type { Principal } from "#shared/auth/principal.ts";
import { frameworkProcurementId } from "#shared/notices/notice.ts";
import { commissionedOpportunity, type StoredOpportunity } from "../opportunities/index.ts";
import { notFound } from "../platform/http/problems.ts";

/**
 * Who may draft and publish a procurement's notices: for the dynamic market, its administrators; for a
 * competition, commissioners of its regions. Anyone else gets 404, as if it did not exist.
 */
export const commissionedProcurement = async (
  principal: Principal,
  procurementId: string,
): Promise<StoredOpportunity | undefined> => {
  if (procurementId === frameworkProcurementId) {
    if (!principal.frameworkAdmin) throw notFound();
    return undefined;
  }
  return commissionedOpportunity(principal, procurementId);
};
