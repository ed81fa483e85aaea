import type { Contract } from "#shared/contracts/contract.ts";
import { failedConditions, transact } from "../platform/data/transact.ts";
import { tableName } from "../platform/data/dynamo.ts";
import { contractKeys, contractListItems } from "./items.ts";
import { notifyParties } from "./notify.ts";
import { listContracts } from "./repository.ts";

/** The supplier's membership as a contract is flagged with it: absent while the supplier is active. */
export type SupplierStanding = "active" | "suspended" | "removed";

const live = (c: Contract) => !c.status || c.status === "live";

const message = (c: Contract, standing: SupplierStanding) =>
  standing === "active"
    ? {
        title: `${c.organisationName}'s suspension from the dynamic market has been lifted`,
        body: `The supplier of contract ${c.reference} may bid and be awarded contracts again.`,
        href: `/contracts/${c.id}`,
      }
    : {
        title: `${c.organisationName} has been ${standing} from the dynamic market`,
        body: `Contract ${c.reference} is live with a supplier that has been ${standing}. Review how the service continues.`,
        href: `/contracts/${c.id}`,
      };

/**
 * Flags each of a supplier's live contracts, and its list entries, with its membership (or clears the
 * flag on reinstatement) and tells the commissioners of the contract's regions, in-app and by e-mail, in one transaction per
 * contract. Each write is conditioned on the flag still differing, so a redelivered change notifies nobody twice.
 */
export const flagSupplierContracts = async (
  organisationId: string,
  standing: SupplierStanding,
): Promise<number> => {
  let flagged = 0;
  let cursor: string | undefined;
  do {
    const page = await listContracts({ organisationId }, 100, cursor);
    for (const contract of page.items.filter(live)) {
      const notices = await notifyParties(contract, "commissioners", message(contract, standing));
      const update =
        standing === "active"
          ? {
              UpdateExpression: "REMOVE supplierMembership",
              ConditionExpression: "attribute_exists(supplierMembership)",
            }
          : {
              UpdateExpression: "SET supplierMembership = :s",
              ConditionExpression:
                "attribute_exists(pk) AND (attribute_not_exists(supplierMembership) OR supplierMembership <> :s)",
              ExpressionAttributeValues: { ":s": standing },
            };
      // The list entries carry the flag too, so a contracts list shows it without reading each contract.
      const { ConditionExpression: _first, ...onEntry } = update;
      const entries = contractListItems(contract).map((entry) => ({
        Update: {
          TableName: tableName(),
          Key: { pk: entry.pk, sk: entry.sk },
          ...onEntry,
          ConditionExpression: "attribute_exists(pk)",
        },
      }));
      try {
        await transact([
          { Update: { TableName: tableName(), Key: contractKeys.contract(contract.id), ...update } },
          ...entries,
          ...notices,
        ]);
        flagged += 1;
      } catch (error) {
        // Already flagged so (a redelivery): nothing to tell anyone.
        if (!failedConditions(error)?.includes(0)) throw error;
      }
    }
    cursor = page.nextCursor;
  } while (cursor);
  return flagged;
};
