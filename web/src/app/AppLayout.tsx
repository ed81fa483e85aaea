import type { ReactNode } from "react";
import { Outlet, useLocation } from "react-router";
import { roleLabels } from "#shared/auth/roles.ts";
import { useMe } from "../api/queries.ts";
import { useSession } from "../auth/use-session.ts";
import {
  AppLink,
  Footer,
  Header,
  PhaseBanner,
  ServiceNavigation,
  type ServiceNavigationItem,
  SkipLink,
} from "../components/govuk/index.ts";
import { serviceName } from "../components/page/page-title.ts";

/** The signed-in person (from `GET /api/me`, or the token until that answers) and the way out. */
function SignedInUser() {
  const session = useSession();
  const me = useMe();
  const name = me.data?.user.name ?? session?.user.name;
  const role = me.data?.user.role ?? session?.user.role;
  return (
    <>
      {name ? (
        <li className="govuk-service-navigation__item">
          <span className="govuk-service-navigation__text">
            <span className="govuk-visually-hidden">Signed in as </span>
            {name}
            {role ? ` (${roleLabels[role]})` : null}
          </span>
        </li>
      ) : null}
      <li className="govuk-service-navigation__item">
        <AppLink href="/sign-out" className="govuk-service-navigation__link">
          Sign out
        </AppLink>
      </li>
    </>
  );
}

/**
 * The GOV.UK page template: skip link, header (GOV.UK header, service navigation, phase banner), main
 * and footer. `minimal` leaves out everything that calls the API, for the last-resort error page.
 */
export function AppLayout({ children, minimal = false }: { children?: ReactNode; minimal?: boolean }) {
  const session = useSession();
  const { pathname } = useLocation();
  const signedIn = session !== null && !minimal;
  const navigation: ServiceNavigationItem[] = signedIn
    ? [{ text: "Home", href: "/", current: pathname === "/" }]
    : [];
  return (
    <>
      <SkipLink />
      <header className="govuk-template__header">
        <Header />
        <ServiceNavigation
          // Re-mount when the links appear or go, so GOV.UK Frontend wires up the mobile menu button.
          key={signedIn ? "signed-in" : "signed-out"}
          serviceName={serviceName}
          serviceUrl="/"
          navigation={navigation}
          {...(signedIn ? { navigationEnd: <SignedInUser /> } : {})}
        />
        <PhaseBanner phase="Alpha">
          This is a new service. Your feedback will help us to improve it.
        </PhaseBanner>
      </header>
      <div className="govuk-width-container">
        <main className="govuk-main-wrapper" id="main-content">
          {children ?? <Outlet />}
        </main>
      </div>
      <footer className="govuk-template__footer">
        <Footer />
      </footer>
    </>
  );
}
