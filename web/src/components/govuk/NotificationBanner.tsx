import { type ReactNode, useId } from "react";
import { loadNotificationBanner } from "./frame-script-loaders.ts";
import { useDeferredGovukComponent } from "./use-govuk-component.ts";

/**
 * The GOV.UK notification banner. The success variant is announced (role="alert") and focused by
 * GOV.UK Frontend; the default one is a labelled region.
 */
export function NotificationBanner({
  type,
  title,
  heading,
  children,
}: {
  type?: "success";
  title?: string;
  heading: ReactNode;
  children?: ReactNode;
}) {
  const ref = useDeferredGovukComponent<HTMLDivElement>(loadNotificationBanner);
  const titleId = useId();
  const success = type === "success";
  const className = `govuk-notification-banner${success ? " govuk-notification-banner--success" : ""}`;
  const content = (
    <>
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id={titleId}>
          {title ?? (success ? "Success" : "Important")}
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">{heading}</p>
        {children}
      </div>
    </>
  );
  return success ? (
    <div
      ref={ref}
      className={className}
      role="alert"
      aria-labelledby={titleId}
      data-module="govuk-notification-banner"
    >
      {content}
    </div>
  ) : (
    // GOV.UK Frontend's markup is a div with role="region"
    <div
      ref={ref}
      className={className}
      role="region"
      aria-labelledby={titleId}
      data-module="govuk-notification-banner"
    >
      {content}
    </div>
  );
}
