import type { Fixture, FixtureName } from "./support/fixtures.ts";

type Row<R> = (on: FixtureName, statuses: string, request?: (f: Fixture) => { body: unknown }) => R;

/** The accounts context's rows of the access matrix: organisation members and probation staff (issue 16). */
// prettier-ignore -- the matrix reads as a table only when its columns line up.
export const peopleRows = <R>(row: Row<R>): Record<string, R> => ({
  // People (issue 16, ADR 0025). Each provider column is its organisation's administrator: they see
  // their own members (200) and nobody else's (404). Staff never manage a provider's members (403); the
  // framework administrator manages only staff invitations, so a provider's is not found (404).
  listMembers: row("none", "401  200  200  200  403  403  403  403"),
  inviteMember: row("none", "401  201  201  201  403  403  403  403", () => ({
    body: { name: "Matrix Invitee", email: `matrix.${Date.now()}@example.org`, roles: ["caseworker"] },
  })),
  getMember: row("member", "401  200  404  404  403  403  403  403"),
  changeMemberRoles: row("member", "401  200  404  404  403  403  403  403", () => ({
    body: { roles: ["caseworker", "bid-writer"] },
  })),
  removeMember: row("member", "401  200  404  404  403  403  403  403"),
  resendInvitation: row("invitation", "401  200  404  404  404  403  403  403"),
  revokeInvitation: row("invitation", "401  200  404  404  404  403  403  403"),
  // Public: the link is the credential. Opening a pending one is proven for everyone; a used link answers
  // 410 to anyone (the one successful acceptance is in tests/integration/people.test.ts).
  getInvitationLink: row("invitation", "200  200  200  200  200  200  200  200"),
  // Staff: framework administrators only (Helen Carter); Rhys Morgan is a commissioner but not one.
  listStaff: row("none", "401  403  403  403  200  403  403  403"),
  inviteStaff: row("none", "401  403  403  403  201  403  403  403", () => ({
    body: {
      name: "Matrix Officer",
      email: `matrix.officer.${Date.now()}@example.org`,
      role: "responsible-officer",
      regions: [],
      pdu: "hackney-and-city",
    },
  })),
  changeStaff: row("staffMember", "401  403  403  403  200  403  403  403", (f) => ({
    body: { regions: [], pdu: "hackney-and-city", frameworkAdmin: false, version: f.versions.staff },
  })),
  removeStaff: row("staffMember", "401  403  403  403  200  403  403  403"),
  acceptInvitation: row("usedInvitationLink", "410  410  410  410  410  410  410  410", () => ({
    body: { name: "Matrix Person", password: "correct horse battery staple" },
  })),
});
