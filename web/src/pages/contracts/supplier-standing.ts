import type { Contract } from "#shared/contracts/contract.ts";
import type { TagColour } from "../../components/govuk/index.ts";

/**
 * The tag for a contract whose supplier is suspended or removed from the dynamic market (ADR 0034), or
 * none while the supplier is a member in good standing.
 */
export const supplierTag = (
  contract: Pick<Contract, "supplierMembership">,
): { text: string; colour: TagColour } | undefined =>
  contract.supplierMembership === "suspended"
    ? { text: "Supplier suspended", colour: "orange" }
    : contract.supplierMembership === "removed"
      ? { text: "Supplier removed", colour: "red" }
      : undefined;
