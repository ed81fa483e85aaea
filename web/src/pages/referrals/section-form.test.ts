import { describe, expect, it } from "vitest";
import { referenceData } from "#shared/reference/index.ts";
import { formResolver } from "../../forms/form-schema.ts";
import { aReferral } from "./referral.fixture.ts";
import { sectionFields, toFormValues } from "./section-fields.ts";
import {
  type SectionValues,
  sectionContextOf,
  sectionRequestSchema,
  sectionToRequest,
} from "./section-form.ts";

const referral = aReferral({ status: "draft" });
const ctx = sectionContextOf(referral, new Date("2026-11-29T10:00:00Z"));
const check = async (section: "person" | "risk", values: SectionValues) => {
  const fields = sectionFields(section, referral, referenceData);
  const resolver = formResolver(sectionRequestSchema(section, ctx), sectionToRequest(fields));
  return resolver(values as never, undefined, { fields: {}, shouldUseNativeValidation: false });
};
const blank = (section: "person" | "risk") =>
  toFormValues(sectionFields(section, referral, referenceData), {}) as SectionValues;

describe("a referral section's form, judged by the rules the save route applies", () => {
  it("saves a partly done section for later, checking only the answers given", async () => {
    const { errors, values } = await check("risk", {
      ...blank("risk"),
      roshLevel: "medium",
      finished: false,
    });
    expect(errors).toEqual({});
    expect(values).toEqual({ roshLevel: "medium", finished: false });
    const wrong = await check("risk", { ...blank("risk"), ogrsScore: "lots", finished: false });
    expect(wrong.errors.ogrsScore?.message).toBe("Enter the OGRS score as a whole number from 0 to 100");
  });

  it("with 'Save and continue', names every unanswered question at once", async () => {
    const { errors } = await check("risk", { ...blank("risk"), finished: true });
    expect(Object.keys(errors).sort()).toEqual(["ogrsScore", "riskSummary", "roshLevel"]);
  });

  it("names a date that is not real and a rule that depends on the day", async () => {
    const { errors } = await check("person", {
      ...blank("person"),
      crn: "X123456",
      dateOfBirth: { day: "31", month: "2", year: "1990" },
      finished: false,
    });
    expect(errors.dateOfBirth?.message).toBe("Enter the date of birth as a real date, like 27 3 1990");
    const young = await check("person", {
      ...blank("person"),
      dateOfBirth: { day: "1", month: "1", year: "2020" },
      finished: false,
    });
    expect(young.errors.dateOfBirth?.message).toBe("The person must be 18 or older: check the date of birth");
  });

  it("asks for the interpreter's language only when one is needed", async () => {
    const needs = await check("person", { ...blank("person"), needsInterpreter: "yes", finished: true });
    expect(needs.errors.interpreterLanguage?.message).toBe("Enter the language the interpreter must speak");
    const none = await check("person", { ...blank("person"), needsInterpreter: "no", finished: true });
    expect(none.errors.interpreterLanguage).toBeUndefined();
  });
});
