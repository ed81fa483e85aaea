import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkSection, ogrsWarning, type SectionContext, sectionStatus, yearsBefore } from "./sections.ts";

const ctx: SectionContext = {
  today: "2026-06-15",
  needAreaId: "accommodation",
  tiersOffered: ["low", "medium"],
};

const person = {
  crn: "x123456",
  firstName: "Alex",
  lastName: "Murray",
  dateOfBirth: "1990-03-27",
  sex: "male",
  ethnicity: "white",
  firstLanguage: "English",
  needsInterpreter: false,
  disabilities: "None",
  religion: "None",
};

const errorPaths = (result: ReturnType<typeof checkSection>) =>
  result.ok ? [] : result.errors.map((e) => e.path);

describe("referral sections", () => {
  it("accepts a complete person's details and upper-cases the CRN", () => {
    const result = checkSection("person", person, ctx, true);
    expect(result).toMatchObject({ ok: true, data: { crn: "X123456" } });
  });

  it("names the CRN when it is not one letter and six digits", () => {
    for (const crn of ["123456", "XX12345", "X1234567", "X12345A"]) {
      expect(errorPaths(checkSection("person", { ...person, crn }, ctx, true))).toEqual(["crn"]);
    }
  });

  it("accepts a person on their 18th birthday and refuses one a day younger", () => {
    expect(checkSection("person", { ...person, dateOfBirth: "2008-06-15" }, ctx, true).ok).toBe(true);
    expect(errorPaths(checkSection("person", { ...person, dateOfBirth: "2008-06-16" }, ctx, true))).toEqual([
      "dateOfBirth",
    ]);
  });

  it("treats someone born on 29 February as 18 on 1 March in a common year", () => {
    expect(yearsBefore("2026-02-28", 18)).toBe("2008-02-28");
    const leapling = { ...person, dateOfBirth: "2008-02-29" };
    expect(checkSection("person", leapling, { ...ctx, today: "2026-02-28" }, true).ok).toBe(false);
    expect(checkSection("person", leapling, { ...ctx, today: "2026-03-01" }, true).ok).toBe(true);
  });

  it("requires the interpreter's language only when one is needed", () => {
    const needs = { ...person, needsInterpreter: true };
    expect(errorPaths(checkSection("person", needs, ctx, true))).toEqual(["interpreterLanguage"]);
    expect(checkSection("person", { ...needs, interpreterLanguage: "Polish" }, ctx, true).ok).toBe(true);
    const dropped = checkSection("person", { ...person, interpreterLanguage: "Polish" }, ctx, true);
    expect(dropped.ok && dropped.data.interpreterLanguage).toBe(undefined);
  });

  it("asks for the establishment and a future release date for pre-release referrals", () => {
    expect(
      errorPaths(checkSection("sentence", { sentenceTypeId: "pre-release-custody" }, ctx, true)),
    ).toEqual(["establishment", "expectedReleaseDate"]);
    const past = {
      sentenceTypeId: "pre-release-custody",
      establishment: "HMP Pentonville",
      expectedReleaseDate: "2026-06-15",
    };
    expect(errorPaths(checkSection("sentence", past, ctx, true))).toEqual(["expectedReleaseDate"]);
    expect(checkSection("sentence", { ...past, expectedReleaseDate: "2026-09-01" }, ctx, true).ok).toBe(true);
    expect(checkSection("sentence", { sentenceTypeId: "community-order" }, ctx, true).ok).toBe(true);
  });

  it("allows 1 to 40 enforceable days and only a future completion deadline", () => {
    fc.assert(
      fc.property(fc.integer({ min: -100, max: 100 }), (days) => {
        const result = checkSection(
          "requirement",
          { enforceableDays: days, completionDeadline: "2026-12-01" },
          ctx,
          true,
        );
        expect(result.ok).toBe(days >= 1 && days <= 40);
        if (!result.ok) expect(errorPaths(result)).toEqual(["enforceableDays"]);
      }),
    );
    expect(
      errorPaths(
        checkSection("requirement", { enforceableDays: 10, completionDeadline: "2026-06-15" }, ctx, true),
      ),
    ).toEqual(["completionDeadline"]);
  });

  it("keeps tiers and outcomes to the contract's tiers and the need area's list", () => {
    const ok = { tierId: "low", desiredOutcomes: ["Eviction or loss of accommodation prevented"] };
    expect(checkSection("intervention", ok, ctx, true).ok).toBe(true);
    expect(errorPaths(checkSection("intervention", { ...ok, tierId: "high" }, ctx, true))).toEqual([
      "tierId",
    ]);
    expect(
      errorPaths(checkSection("intervention", { ...ok, desiredOutcomes: ["Made up"] }, ctx, true)),
    ).toEqual(["desiredOutcomes.0"]);
  });

  it("saves part of a section for later, checking only what was answered", () => {
    expect(checkSection("person", { crn: "X123456" }, ctx, false).ok).toBe(true);
    expect(errorPaths(checkSection("person", { crn: "nope" }, ctx, false))).toEqual(["crn"]);
    expect(errorPaths(checkSection("person", { crn: "X123456" }, ctx, true))).toContain("firstName");
  });

  it("is not started, in progress or completed", () => {
    expect(sectionStatus("reason", undefined, ctx)).toBe("not-started");
    expect(sectionStatus("person", { crn: "X123456" }, ctx)).toBe("in-progress");
    expect(sectionStatus("reason", { reason: "Facing eviction" }, ctx)).toBe("completed");
  });

  it("warns below an OGRS score of 25 and never at 25 or above", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), (score) => {
        expect(ogrsWarning(score)).toBe(score < 25);
      }),
    );
    expect(ogrsWarning(undefined)).toBe(false);
  });
});
