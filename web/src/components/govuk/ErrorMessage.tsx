import type { ReactNode } from "react";

/** A GOV.UK error message, shown next to the field it is about (and linked from the error summary). */
export function ErrorMessage({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p id={id} className="govuk-error-message">
      <span className="govuk-visually-hidden">Error:</span> {children}
    </p>
  );
}

/** The `aria-describedby` value for a field: its hint and error message ids, when it has them. */
export function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
  const value = ids.filter(Boolean).join(" ");
  return value === "" ? undefined : value;
}

/** `govuk-form-group`, marked as in error when it has a message. */
export function formGroupClass(error: string | undefined, extra?: string): string {
  return ["govuk-form-group", error ? "govuk-form-group--error" : "", extra ?? ""].filter(Boolean).join(" ");
}
