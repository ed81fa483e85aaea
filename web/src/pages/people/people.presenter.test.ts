import { describe, expect, it } from "vitest";
import { invitationRows, memberRows, removalView, rolesText } from "./people.presenter.ts";

describe("people presenter", () => {
  it("names roles in the portal's order, whatever order they were chosen in", () => {
    expect(rolesText(["caseworker", "organisation-admin"])).toBe("Organisation administrator, Caseworker");
    expect(rolesText([])).toBe("No roles");
  });

  it("links each member to their page", () => {
    expect(
      memberRows([{ userId: "u 1", name: "Ann", email: "ann@example.org", roles: ["bid-writer"] }]),
    ).toEqual([
      {
        id: "u 1",
        name: "Ann",
        href: "/organisation/people/u%201",
        email: "ann@example.org",
        roles: "Bid writer",
      },
    ]);
  });

  it("says until when an invitation's link works", () => {
    const [row] = invitationRows([
      {
        id: "i1",
        name: "Bo",
        email: "bo@example.org",
        roles: ["caseworker"],
        invitedBy: "Priya Shah",
        expiresAt: "2026-06-08T09:00:00.000Z",
      },
    ]);
    expect(row?.roles).toBe("Caseworker");
    expect(row?.expires).toMatch(/^Link works until .*8 June 2026/);
  });

  it("refuses removal while referrals are assigned, linking each one", () => {
    const blocked = removalView({ name: "Cai", openCases: [{ referralId: "r1", reference: "AB1234CD" }] });
    expect(blocked.canRemove).toBe(false);
    expect(blocked.text).toMatch(/Reassign this referral/);
    expect(blocked.cases).toEqual([{ href: "/provider/referrals/r1", text: "AB1234CD" }]);
    expect(removalView({ name: "Cai", openCases: [] }).canRemove).toBe(true);
  });
});
