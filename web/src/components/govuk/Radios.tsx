import "../../styles/forms.scss";
import type { ReactNode } from "react";
import { describedBy, ErrorMessage, formGroupClass } from "./ErrorMessage.tsx";
import { Fieldset, type LegendSize } from "./Fieldset.tsx";

export interface RadioItem {
  value: string;
  text: ReactNode;
  hint?: ReactNode;
  /** Shown under the item while it is selected (GOV.UK "conditional reveal"). */
  conditional?: ReactNode;
}

/**
 * GOV.UK radios in a fieldset. The first item's id is the field's id, so the error summary can link to it.
 * Conditional content is shown and hidden by React, with the classes GOV.UK Frontend would set.
 */
export function Radios({
  name,
  idPrefix,
  legend,
  legendSize = "m",
  isPageHeading = false,
  hint,
  error,
  items,
  value,
  onChange,
  inline = false,
  small = false,
}: {
  name: string;
  idPrefix?: string;
  legend: ReactNode;
  legendSize?: LegendSize;
  isPageHeading?: boolean;
  hint?: ReactNode;
  error?: string | undefined;
  items: RadioItem[];
  value: string | undefined;
  onChange: (value: string) => void;
  inline?: boolean;
  small?: boolean;
}) {
  const prefix = idPrefix ?? name;
  const hintId = hint ? `${prefix}-hint` : undefined;
  const errorId = error ? `${prefix}-error` : undefined;
  const classes = ["govuk-radios", inline ? "govuk-radios--inline" : "", small ? "govuk-radios--small" : ""]
    .filter(Boolean)
    .join(" ");
  return (
    <div className={formGroupClass(error)}>
      <Fieldset
        legend={legend}
        legendSize={legendSize}
        isPageHeading={isPageHeading}
        describedBy={describedBy(hintId, errorId)}
      >
        {hint ? (
          <div id={hintId} className="govuk-hint">
            {hint}
          </div>
        ) : null}
        {error ? <ErrorMessage id={errorId!}>{error}</ErrorMessage> : null}
        <div className={classes} data-module="govuk-radios">
          {items.map((item, index) => {
            const id = index === 0 ? prefix : `${prefix}-${index + 1}`;
            const itemHintId = item.hint ? `${id}-item-hint` : undefined;
            const conditionalId = `conditional-${id}`;
            const checked = value === item.value;
            return (
              <RadioItemView
                key={item.value}
                id={id}
                name={name}
                item={item}
                checked={checked}
                itemHintId={itemHintId}
                conditionalId={conditionalId}
                onChange={onChange}
              />
            );
          })}
        </div>
      </Fieldset>
    </div>
  );
}

function RadioItemView({
  id,
  name,
  item,
  checked,
  itemHintId,
  conditionalId,
  onChange,
}: {
  id: string;
  name: string;
  item: RadioItem;
  checked: boolean;
  itemHintId: string | undefined;
  conditionalId: string;
  onChange: (value: string) => void;
}) {
  return (
    <>
      <div className="govuk-radios__item">
        <input
          className="govuk-radios__input"
          id={id}
          name={name}
          type="radio"
          value={item.value}
          checked={checked}
          onChange={() => onChange(item.value)}
          aria-describedby={itemHintId}
          {...(item.conditional ? { "aria-controls": conditionalId } : {})}
        />
        <label className="govuk-label govuk-radios__label" htmlFor={id}>
          {item.text}
        </label>
        {item.hint ? (
          <div id={itemHintId} className="govuk-hint govuk-radios__hint">
            {item.hint}
          </div>
        ) : null}
      </div>
      {item.conditional ? (
        <div
          className={`govuk-radios__conditional${checked ? "" : " govuk-radios__conditional--hidden"}`}
          id={conditionalId}
        >
          {item.conditional}
        </div>
      ) : null}
    </>
  );
}
