import type { FieldErrors } from "react-hook-form";
import { describe, expect, it } from "vitest";
import { fieldId, flattenErrors, formErrorsFrom, linksFor } from "./error-state.ts";

const nested = {
  title: { type: "too_small", message: "Enter a title" },
  qualityQuestions: [undefined, { weight: { type: "server", message: "Enter the weight of question 2" } }],
  startDate: { type: "custom", message: "Enter a real start date" },
} as unknown as FieldErrors;

describe("the error summary of a form", () => {
  it("lists react-hook-form's nested errors as the API's dotted paths", () => {
    expect(flattenErrors(nested)).toEqual([
      { path: "title", message: "Enter a title" },
      { path: "qualityQuestions.1.weight", message: "Enter the weight of question 2" },
      { path: "startDate", message: "Enter a real start date" },
    ]);
  });

  it("puts a list's own message (its root) on the list", () => {
    const list = {
      qualityQuestions: Object.assign([{ wordLimit: { type: "too_small", message: "Word limit too low" } }], {
        root: { type: "custom", message: "The weights must add up to 100" },
      }),
    } as unknown as FieldErrors;
    expect(flattenErrors(list)).toEqual(
      expect.arrayContaining([
        { path: "qualityQuestions", message: "The weights must add up to 100" },
        { path: "qualityQuestions.0.wordLimit", message: "Word limit too low" },
      ]),
    );
  });

  it("orders the summary as the fields appear on the page and links each line to its field", () => {
    const links = linksFor(["startDate", "title", "qualityQuestions.1.weight"]);
    const errors = formErrorsFrom(nested, links, undefined, 3);
    expect(errors?.summary).toEqual([
      { text: "Enter a real start date", href: "#startDate" },
      { text: "Enter a title", href: "#title" },
      { text: "Enter the weight of question 2", href: "#qualityQuestions-1-weight" },
    ]);
    expect(errors?.fields.title).toBe("Enter a title");
    expect(errors?.attempt).toBe(3);
  });

  it("explains a refusal that is not about a field, and shows nothing when all is well", () => {
    expect(formErrorsFrom({}, {}, "The deadline for questions has passed.", 1)).toEqual({
      summary: [],
      fields: {},
      description: "The deadline for questions has passed.",
      attempt: 1,
    });
    expect(formErrorsFrom({}, {}, undefined, 1)).toBeNull();
  });

  it("gives nested fields ids a link can name", () => {
    expect(fieldId("tiers.2.pricePence")).toBe("tiers-2-pricePence");
    expect(linksFor({ organisationName: "#organisation-name" })).toEqual({
      organisationName: "#organisation-name",
    });
  });

  it("lets a page reword a shared message per field, so like fields each get their own summary line", () => {
    const same = {
      a: { type: "invalid_type", message: "Select a score" },
      b: { type: "invalid_type", message: "Select a score" },
    } as unknown as FieldErrors;
    const links = linksFor(["a", "b"]);
    // Without rewording the summary says it once, and no one can tell which field it means.
    expect(formErrorsFrom(same, links, undefined, 1)?.summary).toHaveLength(1);
    const named = formErrorsFrom(same, links, undefined, 1, (path, message) => `${message} for ${path}`);
    expect(named?.summary).toEqual([
      { text: "Select a score for a", href: "#a" },
      { text: "Select a score for b", href: "#b" },
    ]);
    expect(named?.fields.b).toBe("Select a score for b");
  });
});
