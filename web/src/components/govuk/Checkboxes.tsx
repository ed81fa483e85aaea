import "../../styles/forms.scss";
import type { ReactNode } from "react";
import { describedBy, ErrorMessage, formGroupClass } from "./ErrorMessage.tsx";
import { Fieldset, type LegendSize } from "./Fieldset.tsx";

export interface CheckboxItem {
  value: string;
  text: ReactNode;
  hint?: ReactNode;
}

/**
 * GOV.UK checkboxes in a fieldset. The first item's id is the field's id, so the error summary can link
 * to it. `values` are the checked items' values, in the order of `items`.
 */
export function Checkboxes({
  name,
  idPrefix,
  legend,
  legendSize = "m",
  hint,
  error,
  items,
  values,
  onChange,
  small = false,
}: {
  name: string;
  idPrefix?: string;
  legend: ReactNode;
  legendSize?: LegendSize;
  hint?: ReactNode;
  error?: string | undefined;
  items: CheckboxItem[];
  values: readonly string[];
  onChange: (values: string[]) => void;
  small?: boolean;
}) {
  const prefix = idPrefix ?? name;
  const hintId = hint ? `${prefix}-hint` : undefined;
  const errorId = error ? `${prefix}-error` : undefined;
  const toggle = (value: string, checked: boolean) => {
    const next = new Set(values);
    if (checked) next.add(value);
    else next.delete(value);
    onChange(items.map((item) => item.value).filter((v) => next.has(v)));
  };
  return (
    <div className={formGroupClass(error)}>
      <Fieldset legend={legend} legendSize={legendSize} describedBy={describedBy(hintId, errorId)}>
        {hint ? (
          <div id={hintId} className="govuk-hint">
            {hint}
          </div>
        ) : null}
        {error ? <ErrorMessage id={errorId!}>{error}</ErrorMessage> : null}
        <div
          className={`govuk-checkboxes${small ? " govuk-checkboxes--small" : ""}`}
          data-module="govuk-checkboxes"
        >
          {items.map((item, index) => {
            const id = index === 0 ? prefix : `${prefix}-${index + 1}`;
            const itemHintId = item.hint ? `${id}-item-hint` : undefined;
            return (
              <div key={item.value} className="govuk-checkboxes__item">
                <input
                  className="govuk-checkboxes__input"
                  id={id}
                  name={name}
                  type="checkbox"
                  value={item.value}
                  checked={values.includes(item.value)}
                  onChange={(event) => toggle(item.value, event.target.checked)}
                  aria-describedby={itemHintId}
                />
                <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>
                  {item.text}
                </label>
                {item.hint ? (
                  <div id={itemHintId} className="govuk-hint govuk-checkboxes__hint">
                    {item.hint}
                  </div>
                ) : null}
              </div>
            );
          })}
        </div>
      </Fieldset>
    </div>
  );
}
