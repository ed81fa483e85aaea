import { Radios } from "../../components/govuk/fields.ts";
import { FormField, FormTextarea } from "../../forms/fields.tsx";
import { answerPath, type ScoreTextField } from "./score-form.ts";
import { scoreItems } from "./with-evaluation.tsx";

/** A 0–4 score (radios) and the words that justify it, for one answer, bound to the enclosing form. */
export function ScoreFields({
  id,
  legend,
  textField,
  textLabel,
}: {
  id: string;
  legend: string;
  textField: ScoreTextField;
  textLabel: string;
}) {
  const path = answerPath(id);
  return (
    <>
      <FormField<string | undefined>
        name={`${path}.score`}
        render={({ value, onChange, error }) => (
          <Radios
            name={`score-${id}`}
            legend={legend}
            legendSize="s"
            small
            error={error}
            items={scoreItems}
            value={value}
            onChange={onChange}
          />
        )}
      />
      <FormTextarea
        name={`${path}.${textField}`}
        id={`${textField}-${id}`}
        label={textLabel}
        hint="At least a full sentence."
        rows={3}
      />
    </>
  );
}
