import { type ReactNode, useEffect } from "react";
import { AppLink } from "./app-link.tsx";
import { loadErrorSummary } from "./frame-script-loaders.ts";
import { useDeferredGovukComponent } from "./use-govuk-component.ts";

export interface ErrorSummaryItem {
  text: string;
  /** `#field-id` of the field in error (or `/path#field-id` on another page); omit for errors not about one field. */
  href?: string;
}

/**
 * The GOV.UK error summary. It takes focus when it appears (here, at once, rather than when GOV.UK
 * Frontend's script arrives); the script then makes its links focus the field they name. Mount it
 * afresh (change its `key`) to announce a new set of errors.
 */
export function ErrorSummary({
  title = "There is a problem",
  errors,
  description,
}: {
  title?: string;
  errors: ErrorSummaryItem[];
  description?: ReactNode;
}) {
  const ref = useDeferredGovukComponent<HTMLDivElement>(loadErrorSummary);
  useEffect(() => ref.current?.focus(), [ref]);
  return (
    <div
      ref={ref}
      className="govuk-error-summary"
      data-module="govuk-error-summary"
      data-disable-auto-focus="true"
      tabIndex={-1}
    >
      <div role="alert">
        <h2 className="govuk-error-summary__title">{title}</h2>
        <div className="govuk-error-summary__body">
          {description ? <p>{description}</p> : null}
          {errors.length > 0 ? (
            <ul className="govuk-list govuk-error-summary__list">
              {errors.map((error) => (
                <li key={`${error.href ?? ""}${error.text}`}>
                  {error.href === undefined ? (
                    error.text
                  ) : error.href.startsWith("#") ? (
                    <a href={error.href}>{error.text}</a>
                  ) : (
                    // A field on another page (such as a section of a bid): go there within the app.
                    <AppLink href={error.href}>{error.text}</AppLink>
                  )}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      </div>
    </div>
  );
}
