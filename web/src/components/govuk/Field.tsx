import type { ReactNode } from "react";
import { ErrorMessage, formGroupClass } from "./ErrorMessage.tsx";

/** Ids of the hint and error message a control must name in its aria-describedby. */
export interface FieldIds {
  hintId: string | undefined;
  errorId: string | undefined;
}

/**
 * What every GOV.UK single-control question shares: the form group (red bar on error), the label, the
 * hint and the error message, in GOV.UK Frontend's order. The control itself is the caller's.
 */
export function Field({
  id,
  label,
  labelClassName,
  hint,
  error,
  groupClassName,
  groupAttributes,
  children,
}: {
  id: string;
  label: ReactNode;
  labelClassName?: string | undefined;
  hint?: ReactNode;
  error?: string | undefined;
  groupClassName?: string;
  groupAttributes?: Record<`data-${string}`, string | number>;
  children: (ids: FieldIds) => ReactNode;
}) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={formGroupClass(error, groupClassName)} {...groupAttributes}>
      <label className={`govuk-label${labelClassName ? ` ${labelClassName}` : ""}`} htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <div id={hintId} className="govuk-hint">
          {hint}
        </div>
      ) : null}
      {error ? <ErrorMessage id={errorId!}>{error}</ErrorMessage> : null}
      {children({ hintId, errorId })}
    </div>
  );
}
