import { ErrorSummary as ErrorSummaryJs } from "govuk-frontend";
import type { ReactNode } from "react";
import { AppLink } from "./app-link.tsx";
import { useGovukComponent } from "./use-govuk-component.ts";

export interface ErrorSummaryItem {
  text: string;
  /** `#field-id` of the field in error (or `/path#field-id` on another page); omit for errors not about one field. */
  href?: string;
}

/**
 * The GOV.UK error summary. GOV.UK Frontend moves focus to it when it appears and makes its links
 * focus the field they name. Mount it afresh (change its `key`) to announce a new set of errors.
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
  const ref = useGovukComponent<HTMLDivElement>(ErrorSummaryJs);
  return (
    <div ref={ref} className="govuk-error-summary" data-module="govuk-error-summary">
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
