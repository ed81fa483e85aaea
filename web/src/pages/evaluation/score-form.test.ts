import { describe, expect, it } from "vitest";
import { submitScoresSchema } from "#shared/evaluation/evaluation.ts";
import { formErrorsFrom, linksFor } from "../../forms/error-state.ts";
import { formResolver } from "../../forms/form-schema.ts";
import { scoreLinks, scoreRequest, scoreValues } from "./score-form.ts";

const ids = ["q1", "q2", "social-value"];

describe("the scoring form", () => {
  it("starts blank, or from the scores given before", () => {
    expect(scoreValues(ids, "justification")).toEqual({
      answers: { q1: { score: undefined, justification: "" }, q2: { score: undefined, justification: "" } },
      socialValue: { score: undefined, justification: "" },
    });
    expect(scoreValues(["q1", "social-value"], "rationale", { q1: { score: 3, text: "Good" } })).toEqual({
      answers: { q1: { score: "3", rationale: "Good" } },
      socialValue: { score: undefined, rationale: "" },
    });
  });

  it("sends each radio's value as a number and leaves an unchosen score missing", () => {
    expect(
      scoreRequest({
        answers: { q1: { score: "0", justification: "Too vague" } },
        socialValue: { score: undefined, justification: "" },
      }),
    ).toEqual({
      answers: { q1: { score: 0, justification: "Too vague" } },
      socialValue: { score: undefined, justification: "" },
    });
  });

  it("links each answer's score and words to their controls", () => {
    expect(scoreLinks(["q1", "social-value"], "rationale")).toEqual({
      "answers.q1.score": "#score-q1",
      "answers.q1.rationale": "#rationale-q1",
      "socialValue.score": "#score-social-value",
      "socialValue.rationale": "#rationale-social-value",
    });
  });

  // Issue 14 item 15: "Select a score from 0 to 4" once for three questions.
  it("shows one summary line per unscored answer, each naming its answer and linking to it", async () => {
    const resolver = formResolver(submitScoresSchema, scoreRequest);
    const result = await resolver(scoreValues(ids, "justification"), undefined, {
      fields: {},
      shouldUseNativeValidation: false,
    });
    const errors = formErrorsFrom(result.errors, linksFor(scoreLinks(ids, "justification")), undefined, 1);
    const scoreLines = errors?.summary.filter((line) => line.text.startsWith("Select a score"));
    expect(scoreLines).toEqual([
      { text: "Select a score from 0 to 4 for question 1", href: "#score-q1" },
      { text: "Select a score from 0 to 4 for question 2", href: "#score-q2" },
      { text: "Select a score from 0 to 4 for the social value answer", href: "#score-social-value" },
    ]);
    expect(errors?.fields["answers.q2.score"]).toBe("Select a score from 0 to 4 for question 2");
  });
});
