import type { ReactNode } from "react";
import { describedBy, ErrorMessage, formGroupClass } from "./ErrorMessage.tsx";

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
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={formGroupClass(error)}>
      <label className={`govuk-label${labelClassName ? ` ${labelClassName}` : ""}`} htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <div id={hintId} className="govuk-hint">
          {hint}
        </div>
      ) : null}
      {error ? <ErrorMessage id={errorId!}>{error}</ErrorMessage> : null}
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
    </div>
  );
}
