import type { MemberRole } from "#shared/accounts/member-roles.ts";
import { listMemberEmails } from "../accounts/index.ts";

/** What an e-mail to a provider organisation is about, which decides who among its members hears it. */
export type OrganisationConcern = "bids" | "delivery" | "contract";

// Administrators hear everything; bid writers about competitions and bids, caseworkers about referrals.
const rolesFor: Record<OrganisationConcern, readonly MemberRole[]> = {
  bids: ["organisation-admin", "bid-writer"],
  delivery: ["organisation-admin", "caseworker"],
  contract: ["organisation-admin"],
};

/** The e-mail addresses of the members of a provider organisation whom `concern` is for. */
export const organisationEmails = async (
  organisationId: string,
  concern: OrganisationConcern,
): Promise<string[]> =>
  (await listMemberEmails(organisationId, rolesFor[concern])).filter((email) => email.length > 0);
