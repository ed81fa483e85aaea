/** The words that go with a score: an evaluator's justification, or the moderator's rationale. */
export type ScoreTextField = "justification" | "rationale";

/** One answer's score as the form holds it: the radio's value ("0"–"4", none yet) and the words. */
export type ScoreLineValues = { score?: string | undefined } & Partial<Record<ScoreTextField, string>>;

/** A score form's values, shaped as the request (answers by question id, then social value). */
export interface ScoreValues {
  answers: Record<string, ScoreLineValues>;
  socialValue: ScoreLineValues;
}

/** A score already given, to start the form from (the moderator's earlier moderation). */
export interface GivenScore {
  score: number;
  text: string;
}

/** The answers scored: each quality question (by id), then social value (`social-value`). */
export const answerPath = (id: string) => (id === "social-value" ? "socialValue" : `answers.${id}`);

/** The form's starting values: blank, or the scores given before. */
export function scoreValues(
  ids: readonly string[],
  textField: ScoreTextField,
  given: Record<string, GivenScore> = {},
): ScoreValues {
  const line = (id: string): ScoreLineValues => ({
    score: given[id] === undefined ? undefined : String(given[id].score),
    [textField]: given[id]?.text ?? "",
  });
  return {
    answers: Object.fromEntries(ids.filter((id) => id !== "social-value").map((id) => [id, line(id)])),
    socialValue: line("social-value"),
  };
}

const scoreOf = (line: ScoreLineValues) => ({
  ...line,
  // A radio left unchosen stays missing, so the schema asks for it.
  score: line.score === undefined || line.score === "" ? undefined : Number(line.score),
});

/** The request's scores from the form's: every answer's score as a number, the words as typed. */
export function scoreRequest(values: ScoreValues) {
  return {
    answers: Object.fromEntries(Object.entries(values.answers).map(([id, line]) => [id, scoreOf(line)])),
    socialValue: scoreOf(values.socialValue),
  };
}

/** Error-summary links for every answer's score and text fields, in page order. */
export const scoreLinks = (ids: readonly string[], textField: ScoreTextField) =>
  Object.fromEntries(
    ids.flatMap((id) => [
      [`${answerPath(id)}.score`, `#score-${id}`],
      [`${answerPath(id)}.${textField}`, `#${textField}-${id}`],
    ]),
  );
