import { Radios, Textarea } from "../../components/govuk/index.ts";
import { scoreItems } from "./with-evaluation.tsx";

/** What one answer's score form holds while it is being filled in. */
export interface ScoreDraft {
  score?: number;
  text: string;
}

/** The answers scored: each quality question (by id), then social value (`social-value`). */
export const answerPath = (id: string) => (id === "social-value" ? "socialValue" : `answers.${id}`);

/** Error-summary links for every answer's score and text fields. */
export const scoreLinks = (ids: string[], textField: "justification" | "rationale") =>
  Object.fromEntries(
    ids.flatMap((id) => [
      [`${answerPath(id)}.score`, `#score-${id}`],
      [`${answerPath(id)}.${textField}`, `#${textField}-${id}`],
    ]),
  );

/** The body to send: every answer's score and text, keyed as the API expects. */
export const scoreBody = (
  ids: string[],
  drafts: Record<string, ScoreDraft>,
  textField: "justification" | "rationale",
) => {
  const line = (id: string) => ({ score: drafts[id]?.score, [textField]: drafts[id]?.text ?? "" });
  return {
    answers: Object.fromEntries(ids.filter((id) => id !== "social-value").map((id) => [id, line(id)])),
    socialValue: line("social-value"),
  };
};

/** A 0–4 score (radios) and the words that justify it, for one answer. */
export function ScoreFields({
  id,
  legend,
  textField,
  textLabel,
  draft,
  onChange,
  errors,
}: {
  id: string;
  legend: string;
  textField: "justification" | "rationale";
  textLabel: string;
  draft: ScoreDraft | undefined;
  onChange: (draft: ScoreDraft) => void;
  errors: Record<string, string> | undefined;
}) {
  const current = draft ?? { text: "" };
  return (
    <>
      <Radios
        name={`score-${id}`}
        legend={legend}
        legendSize="s"
        small
        error={errors?.[`${answerPath(id)}.score`]}
        items={scoreItems}
        value={current.score === undefined ? undefined : String(current.score)}
        onChange={(v) => onChange({ ...current, score: Number(v) })}
      />
      <Textarea
        id={`${textField}-${id}`}
        label={textLabel}
        hint="At least a full sentence."
        value={current.text}
        onChange={(text) => onChange({ ...current, text })}
        error={errors?.[`${answerPath(id)}.${textField}`]}
        rows={3}
      />
    </>
  );
}
