import type { Evaluation, ModerationView } from "#shared/evaluation/evaluation.ts";
import type { GivenScore } from "./score-form.ts";

type Answer = ModerationView["answers"][number];

/** An answer's short name: "Question 1" (the label before its colon), or the given name for social value. */
export const answerName = (answer: Answer, socialValue = "social value"): string =>
  answer.id === "social-value" ? socialValue : (answer.label.split(":")[0] ?? answer.label);

/** What the moderation page offers the person: the form, a wait for score sheets, or the grid only. */
export type ModerationStep = "moderate" | "wait-for-sheets" | "view";

/** Only the lead moderates, while the competition is being evaluated, once every sheet is in. */
export function moderationStep(evaluation: Evaluation, view: ModerationView): ModerationStep {
  if (!evaluation.youAreLead || evaluation.state !== "evaluating") return "view";
  return view.sheetsExpected > 0 && view.sheetsSubmitted >= view.sheetsExpected
    ? "moderate"
    : "wait-for-sheets";
}

/** The answers to moderate, how messages name each ("question 1"), and any scores moderated before. */
export function moderationAnswers(view: ModerationView) {
  return {
    ids: view.answers.map((a) => a.id),
    names: Object.fromEntries(view.answers.map((a) => [a.id, answerName(a).toLowerCase()])),
    given: Object.fromEntries(
      view.answers.flatMap((a) =>
        a.moderated ? [[a.id, { score: a.moderated.score, text: a.moderated.rationale }]] : [],
      ),
    ) as Record<string, GivenScore>,
  };
}
