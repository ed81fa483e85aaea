import type { Contract } from "#shared/contracts/contract.ts";
import { WarningText } from "../../components/govuk/journey.ts";

/** On every page of a contract whose supplier is suspended or removed from the dynamic market. */
export function SupplierWarning({ contract }: { contract: Contract }) {
  if (!contract.supplierMembership) return null;
  return (
    <WarningText>
      {contract.supplierMembership === "suspended" ? "Supplier suspended" : "Supplier removed"}:{" "}
      {contract.organisationName} has been {contract.supplierMembership} from the dynamic market. It cannot
      bid or be awarded new contracts.
    </WarningText>
  );
}
