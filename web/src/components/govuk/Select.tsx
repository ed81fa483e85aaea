import "../../styles/forms.scss";
import type { ReactNode } from "react";
import { describedBy } from "./ErrorMessage.tsx";
import { Field } from "./Field.tsx";

export interface SelectItem {
  value: string;
  text: string;
}

/** A GOV.UK select. Use radios instead where the list is short enough to show in full. */
export function Select({
  id,
  name,
  label,
  labelClassName,
  hint,
  error,
  items,
  value,
  onChange,
}: {
  id: string;
  name?: string;
  label: ReactNode;
  labelClassName?: string;
  hint?: ReactNode;
  error?: string | undefined;
  items: SelectItem[];
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <Field id={id} label={label} labelClassName={labelClassName} hint={hint} error={error}>
      {({ hintId, errorId }) => (
        <select
          className={`govuk-select${error ? " govuk-select--error" : ""}`}
          id={id}
          name={name ?? id}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          aria-describedby={describedBy(hintId, errorId)}
        >
          {items.map((item) => (
            <option key={item.value} value={item.value}>
              {item.text}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
