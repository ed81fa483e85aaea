import type { Principal } from "#shared/auth/principal.ts";
import type { Contract } from "#shared/contracts/contract.ts";
import { ruleBroken } from "../platform/http/problems.ts";

/** The acting party as a change or issue records it (never more than a name and an id). */
export const partyOf = (p: Principal) => ({
  role: p.role === "provider" ? ("provider" as const) : ("commissioner" as const),
  name: p.name,
  userId: p.userId,
  ...(p.organisationId ? { organisationId: p.organisationId } : {}),
});

/** A terminated or expired contract can no longer change: 422 saying so. */
export const requireLive = (c: Contract) => {
  if (c.status && c.status !== "live")
    throw ruleBroken(`Contract ${c.reference} has ended, so it can no longer change.`, "contract-ended");
};

/** Where a contract's pages live, for notification links. */
export const contractHref = (c: Contract, tab?: string) => `/contracts/${c.id}${tab ? `/${tab}` : ""}`;
