import { membershipItem } from "#functions/accounts/members.ts";
import { staffItems } from "#functions/accounts/staff.ts";
import type { MemberRole } from "#shared/accounts/people.ts";
import type { DemoUser } from "./demo-users.ts";

/**
 * Issue 16's people: a Bridge Housing colleague who only writes bids (so "remove a bid writer" has
 * someone to remove), every provider user as a member of their organisation, and the probation staff
 * as the staff pages list them.
 */
export const peopleUsers: DemoUser[] = [
  {
    id: "user-provider-bridge-bids",
    name: "Ben Hughes",
    email: "ben.hughes@bridgehousing.example",
    jobTitle: "Bid writer",
    role: "provider",
    organisationId: "org-bridge-housing",
    regions: [],
    description: "Provider: Bridge Housing Trust, bid writer only (no referrals, no people management)",
  },
];

const rolesOf: Record<string, MemberRole[]> = {
  "user-provider-bridge-bids": ["bid-writer"],
};
const everyRole: MemberRole[] = ["organisation-admin", "bid-writer", "caseworker"];

/** Memberships (the first user of each organisation holds every role) and staff records. */
export const peopleItems = (users: DemoUser[], seededAt: Date): Record<string, unknown>[] =>
  users.flatMap((u) => {
    if (u.role === "provider" && u.organisationId) {
      return [
        membershipItem({
          userId: u.id,
          name: u.name,
          email: u.email,
          organisationId: u.organisationId,
          roles: rolesOf[u.id] ?? everyRole,
          version: 1,
          joinedAt: seededAt.toISOString(),
        }),
      ];
    }
    if (u.role === "commissioner" || u.role === "responsible-officer") {
      // Only the staff record: the seed writes commissioners' directory entries already.
      return staffItems({
        userId: u.id,
        name: u.name,
        email: u.email,
        role: u.role,
        regions: u.regions,
        pdu: u.pdu,
        frameworkAdmin: u.frameworkAdmin ?? false,
        version: 1,
      }).slice(0, 1);
    }
    return [];
  });
