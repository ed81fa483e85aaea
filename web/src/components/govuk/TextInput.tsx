import "../../styles/forms.scss";
import type { ReactNode } from "react";
import { describedBy } from "./ErrorMessage.tsx";
import { Field, type FieldIds } from "./Field.tsx";

/** A GOV.UK text input with its label, hint, error message and optional prefix or suffix (such as £). */
export function TextInput({
  id,
  name,
  label,
  labelClassName,
  hint,
  error,
  value,
  onChange,
  width,
  inputMode,
  autoComplete,
  spellCheck,
  prefix,
  suffix,
  password = false,
}: {
  id: string;
  name?: string;
  label: ReactNode;
  labelClassName?: string;
  hint?: ReactNode;
  error?: string | undefined;
  value: string;
  onChange: (value: string) => void;
  /** One of GOV.UK's fixed widths (characters) or fluid widths. */
  width?: "2" | "3" | "4" | "5" | "10" | "20" | "30" | "one-half" | "two-thirds";
  inputMode?: "numeric" | "decimal" | "text";
  autoComplete?: string;
  spellCheck?: boolean;
  prefix?: string;
  suffix?: string;
  /** A password the person chooses: typed characters are hidden. */
  password?: boolean;
}) {
  const widthClass = width
    ? /^\d+$/.test(width)
      ? ` govuk-input--width-${width}`
      : ` govuk-!-width-${width}`
    : "";
  const input = ({ hintId, errorId }: FieldIds) => (
    <input
      className={`govuk-input${widthClass}${error ? " govuk-input--error" : ""}`}
      id={id}
      name={name ?? id}
      type={password ? "password" : "text"}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      aria-describedby={describedBy(hintId, errorId)}
      inputMode={inputMode}
      autoComplete={autoComplete}
      spellCheck={spellCheck}
    />
  );
  return (
    <Field id={id} label={label} labelClassName={labelClassName} hint={hint} error={error}>
      {(ids) =>
        prefix || suffix ? (
          <div className="govuk-input__wrapper">
            {prefix ? (
              <div className="govuk-input__prefix" aria-hidden="true">
                {prefix}
              </div>
            ) : null}
            {input(ids)}
            {suffix ? (
              <div className="govuk-input__suffix" aria-hidden="true">
                {suffix}
              </div>
            ) : null}
          </div>
        ) : (
          input(ids)
        )
      }
    </Field>
  );
}
