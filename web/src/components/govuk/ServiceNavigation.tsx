import type { ReactNode } from "react";
import { AppLink } from "./app-link.tsx";
import { loadServiceNavigation } from "./frame-script-loaders.ts";
import { useDeferredGovukComponent } from "./use-govuk-component.ts";

export interface ServiceNavigationItem {
  text: string;
  href: string;
  current?: boolean;
}

/**
 * GOV.UK service navigation: the service name and the service's own links. `navigationEnd` adds list
 * items after the links (the signed-in user and "Sign out").
 */
export function ServiceNavigation({
  serviceName,
  serviceUrl,
  navigation = [],
  navigationEnd,
  navigationLabel = "Menu",
}: {
  serviceName: string;
  serviceUrl: string;
  navigation?: ServiceNavigationItem[];
  navigationEnd?: ReactNode;
  navigationLabel?: string;
}) {
  const ref = useDeferredGovukComponent<HTMLElement>(loadServiceNavigation);
  const hasNavigation = navigation.length > 0 || navigationEnd !== undefined;
  return (
    <section
      ref={ref}
      aria-label="Service information"
      className="govuk-service-navigation"
      data-module="govuk-service-navigation"
    >
      <div className="govuk-width-container">
        <div className="govuk-service-navigation__container">
          <span className="govuk-service-navigation__service-name">
            <AppLink href={serviceUrl} className="govuk-service-navigation__link">
              {serviceName}
            </AppLink>
          </span>
          {hasNavigation ? (
            <nav aria-label={navigationLabel} className="govuk-service-navigation__wrapper">
              {/* GOV.UK markup; the button is also `hidden`, and
                  GOV.UK Frontend removes both attributes together when it shows the button on small screens */}
              <button
                type="button"
                className="govuk-service-navigation__toggle govuk-js-service-navigation-toggle"
                aria-controls="navigation"
                hidden
                aria-hidden="true"
              >
                Menu
              </button>
              <ul className="govuk-service-navigation__list" id="navigation">
                {navigation.map((item) => (
                  <li
                    key={item.href}
                    className={`govuk-service-navigation__item${item.current ? " govuk-service-navigation__item--active" : ""}`}
                  >
                    <AppLink
                      href={item.href}
                      className="govuk-service-navigation__link"
                      {...(item.current ? { "aria-current": "page" as const } : {})}
                    >
                      {item.current ? (
                        <strong className="govuk-service-navigation__active-fallback">{item.text}</strong>
                      ) : (
                        item.text
                      )}
                    </AppLink>
                  </li>
                ))}
                {navigationEnd}
              </ul>
            </nav>
          ) : null}
        </div>
      </div>
    </section>
  );
}
