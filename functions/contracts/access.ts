import type { Principal } from "#shared/auth/principal.ts";
import type { Contract } from "#shared/contracts/contract.ts";

/** A provider sees its own contracts; a commissioner those in their regions. Everyone else: none. */
export const maySeeContract = (principal: Principal, contract: Contract) =>
  principal.role === "provider"
    ? contract.organisationId === principal.organisationId
    : principal.role === "commissioner" && contract.regionIds.some((r) => principal.regions.includes(r));
