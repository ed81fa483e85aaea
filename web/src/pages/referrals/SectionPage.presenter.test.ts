import { describe, expect, it } from "vitest";
import { referenceData } from "#shared/reference/index.ts";
import { aReferral } from "./referral.fixture.ts";
import { sectionFields } from "./section-fields.ts";
import { showsOgrsWarning, visibleFields } from "./SectionPage.presenter.ts";

const referral = aReferral({ status: "draft" });
const names = (section: "person" | "sentence", values: Record<string, string>) =>
  visibleFields(sectionFields(section, referral, referenceData), values).map((f) => f.name);

describe("the section page", () => {
  it("asks for the interpreter's language only once they need one", () => {
    expect(names("person", { needsInterpreter: "no" })).not.toContain("interpreterLanguage");
    expect(names("person", { needsInterpreter: "yes" })).toContain("interpreterLanguage");
  });

  it("asks for the prison and release date only for a custodial sentence", () => {
    const custody = referenceData.sentenceTypes.find((t) => t.custody)!;
    const community = referenceData.sentenceTypes.find((t) => !t.custody)!;
    expect(names("sentence", { sentenceTypeId: custody.id })).toEqual([
      "sentenceTypeId",
      "establishment",
      "expectedReleaseDate",
    ]);
    expect(names("sentence", { sentenceTypeId: community.id })).toEqual(["sentenceTypeId"]);
  });

  it("warns on the risk section once a low OGRS score is typed, and not before", () => {
    expect(showsOgrsWarning("risk", { ogrsScore: "18" })).toBe(true);
    expect(showsOgrsWarning("risk", { ogrsScore: "60" })).toBe(false);
    expect(showsOgrsWarning("risk", { ogrsScore: "" })).toBe(false);
    expect(showsOgrsWarning("risk", { ogrsScore: "abc" })).toBe(false);
    expect(showsOgrsWarning("needs", { ogrsScore: "18" })).toBe(false);
  });
});
