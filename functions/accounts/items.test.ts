import { describe, expect, it } from "vitest";
import { commissionerDirectoryItems } from "./repository.ts";
import { commissionerDirectoryKind, organisationProfileKind, userProfileKind } from "./items.ts";

// The key strings of items already stored: a refactor that changes one fails here, not in production.
describe("account item keys", () => {
  it("user profile", () => {
    expect(userProfileKind.key({ userId: "u1" })).toEqual({ pk: "USER#u1", sk: "PROFILE" });
  });

  it("organisation profile, listed by name once admitted", () => {
    expect(
      organisationProfileKind.item({
        organisationId: "o1",
        name: "Bridge Trust",
        frameworkStatus: "admitted",
      }),
    ).toEqual({
      pk: "ORG#o1",
      sk: "PROFILE",
      gsi1pk: "ORGANISATIONS#admitted",
      gsi1sk: "bridge trust",
    });
    expect(
      organisationProfileKind.item({ organisationId: "o1", name: "B", frameworkStatus: "applied" }),
    ).toEqual({
      pk: "ORG#o1",
      sk: "PROFILE",
    });
  });

  it("commissioner directory entry", () => {
    expect(commissionerDirectoryKind.type).toBe("commissioner-directory-entry");
    expect(commissionerDirectoryItems({ id: "u2", name: "Helen Carter", regions: ["london"] })).toEqual([
      {
        pk: "USER#u2",
        sk: "DIRECTORY#london",
        gsi1pk: "COMMISSIONERS#london",
        gsi1sk: "helen carter#u2",
        type: "commissioner-directory-entry",
        userId: "u2",
        name: "Helen Carter",
        regionId: "london",
      },
    ]);
  });
});
