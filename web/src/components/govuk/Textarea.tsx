import "../../styles/forms.scss";
import type { ReactNode } from "react";
import { describedBy } from "./ErrorMessage.tsx";
import { Field } from "./Field.tsx";

/** A GOV.UK textarea with its label, hint and error message. */
export function Textarea({
  id,
  name,
  label,
  labelClassName,
  hint,
  error,
  value,
  onChange,
  rows = 5,
}: {
  id: string;
  name?: string;
  label: ReactNode;
  labelClassName?: string;
  hint?: ReactNode;
  error?: string | undefined;
  value: string;
  onChange: (value: string) => void;
  rows?: number;
}) {
  return (
    <Field id={id} label={label} labelClassName={labelClassName} hint={hint} error={error}>
      {({ hintId, errorId }) => (
        <textarea
          className={`govuk-textarea${error ? " govuk-textarea--error" : ""}`}
          id={id}
          name={name ?? id}
          rows={rows}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          aria-describedby={describedBy(hintId, errorId)}
        />
      )}
    </Field>
  );
}
