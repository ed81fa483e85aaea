import { describe, expect, it } from "vitest";
import { aReferral } from "./referral.fixture.ts";
import { restrictDefaults, restrictFlash, restrictRequest, teamChoices } from "./RestrictPage.presenter.ts";

describe("the restrict access page", () => {
  it("sends one staff ID per line, dropping blank lines", () => {
    expect(
      restrictRequest(
        { allowedUserIds: " user-a \n\nuser-b", allowedTeams: ["org-1"], excludedUserIds: "" },
        4,
      ),
    ).toEqual({
      allowedUserIds: ["user-a", "user-b"],
      allowedTeams: ["org-1"],
      excludedUserIds: [],
      version: 4,
    });
  });

  it("starts from the restriction already in force and offers the PDU and the provider as teams", () => {
    const r = aReferral({
      restriction: {
        crn: "X123456",
        allowedUserIds: ["user-a", "user-b"],
        allowedTeams: [],
        excludedUserIds: ["user-c"],
        setBy: { userId: "user-1", name: "Sam Rowe" },
        setAt: "2026-11-29T10:00:00.000Z",
      },
    });
    expect(restrictDefaults(r).allowedUserIds).toBe("user-a\nuser-b");
    expect(teamChoices(r).map((t) => t.value)).toEqual([r.pdu, r.organisationId]);
  });

  it("says when naming nobody lifts the restriction", () => {
    expect(
      restrictFlash({ allowedUserIds: [], allowedTeams: [], excludedUserIds: [], version: 1 }),
    ).toContain("can see them again");
  });
});
