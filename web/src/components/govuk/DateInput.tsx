import "../../styles/forms.scss";
import type { ReactNode } from "react";
import { describedBy, ErrorMessage, formGroupClass } from "./ErrorMessage.tsx";
import { Fieldset, type LegendSize } from "./Fieldset.tsx";

export type DatePart = "day" | "month" | "year" | "hour" | "minute";
export type DateParts = Partial<Record<DatePart, string>>;

const partLabels: Record<DatePart, string> = {
  day: "Day",
  month: "Month",
  year: "Year",
  hour: "Hour",
  minute: "Minute",
};
const partWidths: Record<DatePart, string> = { day: "2", month: "2", year: "4", hour: "2", minute: "2" };

/**
 * The GOV.UK date input (day, month, year) in a fieldset with role="group". With `withTime`, a second
 * row of the same component asks for the hour and minute (24-hour clock). The day input's id is
 * `${id}-day`, which the error summary links to.
 */
export function DateInput({
  id,
  legend,
  legendSize = "s",
  hint,
  error,
  value,
  onChange,
  withTime = false,
}: {
  id: string;
  legend: ReactNode;
  legendSize?: LegendSize;
  hint?: ReactNode;
  error?: string | undefined;
  value: DateParts;
  onChange: (value: DateParts) => void;
  withTime?: boolean;
}) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const item = (part: DatePart) => (
    <div key={part} className="govuk-date-input__item">
      <div className="govuk-form-group">
        <label className="govuk-label govuk-date-input__label" htmlFor={`${id}-${part}`}>
          {partLabels[part]}
        </label>
        <input
          className={`govuk-input govuk-date-input__input govuk-input--width-${partWidths[part]}${error ? " govuk-input--error" : ""}`}
          id={`${id}-${part}`}
          name={`${id}-${part}`}
          type="text"
          inputMode="numeric"
          value={value[part] ?? ""}
          onChange={(event) => onChange({ ...value, [part]: event.target.value })}
        />
      </div>
    </div>
  );
  return (
    <div className={formGroupClass(error)}>
      <Fieldset
        legend={legend}
        legendSize={legendSize}
        role="group"
        describedBy={describedBy(hintId, errorId)}
      >
        {hint ? (
          <div id={hintId} className="govuk-hint">
            {hint}
          </div>
        ) : null}
        {error ? <ErrorMessage id={errorId!}>{error}</ErrorMessage> : null}
        <div className="govuk-date-input" id={id}>
          {(["day", "month", "year"] as const).map(item)}
        </div>
        {withTime ? (
          <div className="govuk-date-input govuk-!-margin-top-3" id={`${id}-time`}>
            {(["hour", "minute"] as const).map(item)}
          </div>
        ) : null}
      </Fieldset>
    </div>
  );
}
