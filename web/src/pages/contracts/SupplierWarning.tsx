import type { Contract } from "#shared/contracts/contract.ts";
import { WarningText } from "../../components/govuk/journey.ts";
import { supplierTag } from "./supplier-standing.ts";

/** On every page of a contract whose supplier is suspended or removed from the dynamic market. */
export function SupplierWarning({ contract }: { contract: Contract }) {
  const tag = supplierTag(contract);
  if (!tag) return null;
  return (
    <WarningText>
      {tag.text}: {contract.organisationName} has been {contract.supplierMembership} from the dynamic market.
      It cannot bid or be awarded new contracts.
    </WarningText>
  );
}
