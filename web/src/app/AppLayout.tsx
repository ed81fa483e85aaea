import { lazy, type ReactNode, Suspense } from "react";
import { Outlet, useLocation } from "react-router";
import type { Me } from "#shared/accounts/me.ts";
import { roleLabels } from "#shared/auth/role-names.ts";
import { useUnreadCount } from "../api/notifications.ts";
import { useMe } from "../api/queries.ts";
import { useSession } from "../auth/use-session.ts";
// Straight from the component files, not the index: the shell must not pull every component (and what
// they import) into the entry chunk.
import { AppLink } from "../components/govuk/app-link.tsx";
import { Footer } from "../components/govuk/Footer.tsx";
import { Header } from "../components/govuk/Header.tsx";
import { PhaseBanner } from "../components/govuk/PhaseBanner.tsx";
import { ServiceNavigation, type ServiceNavigationItem } from "../components/govuk/ServiceNavigation.tsx";
import { SkipLink } from "../components/govuk/SkipLink.tsx";
import { serviceName } from "../components/page/page-title.ts";

// The idle timeout (and the OIDC client it renews with) loads after the first page: no page needs it to render.
const SessionTimeout = lazy(() =>
  import("../auth/SessionTimeout.tsx").then((m) => ({ default: m.SessionTimeout })),
);

/**
 * The link to the notification centre with how many are unread (one counter item read, refreshed every
 * minute and after each read/unread change), for every signed-in role.
 */
function NotificationsLink({ pathname }: { pathname: string }) {
  const unread = useUnreadCount().data?.unread ?? 0;
  const current = pathname === "/notifications";
  return (
    <li
      className={`govuk-service-navigation__item${current ? " govuk-service-navigation__item--active" : ""}`}
    >
      <AppLink
        href="/notifications"
        className="govuk-service-navigation__link"
        {...(current ? { "aria-current": "page" as const } : {})}
      >
        Notifications
        {unread > 0 ? (
          <>
            {" "}
            <span className="moj-notification-badge" data-testid="unread-count">
              {unread > 99 ? "99+" : unread}
            </span>
            <span className="govuk-visually-hidden"> unread</span>
          </>
        ) : null}
      </AppLink>
    </li>
  );
}

/** The signed-in person (from `GET /api/me`, or the token until that answers) and the way out. */
function SignedInUser({ pathname }: { pathname: string }) {
  const session = useSession();
  const me = useMe();
  const name = me.data?.user.name ?? session?.user.name;
  const role = me.data?.user.role ?? session?.user.role;
  return (
    <>
      <NotificationsLink pathname={pathname} />
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
      <li className="govuk-service-navigation__item">
        <AppLink href="/sign-out/everywhere" className="govuk-service-navigation__link">
          Sign out everywhere
        </AppLink>
      </li>
    </>
  );
}

/** The public register: for everyone, signed in or not. */
const publicNotices = (pathname: string): ServiceNavigationItem => ({
  text: "Public notices",
  href: "/notices",
  current:
    pathname === "/notices" || pathname.startsWith("/notices/") || pathname.startsWith("/procurements/"),
});

/**
 * The service's own links for the signed-in person's role (from `GET /api/me`): each of its main areas
 * one click from anywhere, the one the page belongs to marked current. Notifications sit at the end.
 */
function navigationItems(me: Me | undefined, pathname: string): ServiceNavigationItem[] {
  const under = (...prefixes: string[]) =>
    prefixes.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
  const area = (text: string, href: string, ...also: string[]) => ({
    text,
    href,
    current: under(href, ...also),
  });
  const items: ServiceNavigationItem[] = [{ text: "Home", href: "/", current: pathname === "/" }];
  const user = me?.user;
  if (user?.role === "commissioner") {
    // Ending the dynamic market is part of its administration (issue 20).
    if (user.frameworkAdmin)
      items.push(area("Applications", "/framework/applications", "/framework/cessation"));
    if (user.frameworkAdmin) items.push(area("Suppliers", "/framework/suppliers"));
    // Issue 16: framework administrators manage the probation staff (ADR 0025).
    if (user.frameworkAdmin) items.push(area("Staff", "/staff"));
    items.push(
      area("Opportunities", "/opportunities"),
      area("Evaluations", "/evaluations"),
      area("Contracts", "/contracts"),
      area("Performance", "/performance"),
    );
  }
  if (user?.role === "provider" && me?.organisation?.frameworkStatus === "admitted") {
    items.push(
      area("Opportunities", "/opportunities"),
      area("Referrals", "/provider/referrals"),
      area("Contracts", "/contracts"),
      area("Performance", "/performance"),
    );
  }
  // Issue 16: an organisation's administrators manage its people (ADR 0025).
  if (user?.role === "provider" && user.memberRoles?.includes("organisation-admin")) {
    items.push(area("People", "/organisation/people"));
  }
  if (user?.role === "responsible-officer") {
    items.push(area("Find a service", "/catalogue"), area("Referrals", "/referrals"));
  }
  items.push(publicNotices(pathname));
  return items;
}

/** The service navigation for someone signed in: their role's links, who they are and the way out. */
function SignedInNavigation({ pathname }: { pathname: string }) {
  const me = useMe();
  const navigation = navigationItems(me.data, pathname);
  return (
    <ServiceNavigation
      // Re-mount when the links change, so GOV.UK Frontend wires up the mobile menu button.
      key={`signed-in-${navigation.map((item) => item.href).join(",")}`}
      serviceName={serviceName}
      serviceUrl="/"
      navigation={navigation}
      navigationEnd={<SignedInUser pathname={pathname} />}
    />
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
  return (
    <>
      <SkipLink />
      <header className="govuk-template__header">
        <Header />
        {signedIn ? (
          <SignedInNavigation pathname={pathname} />
        ) : (
          <ServiceNavigation
            key="signed-out"
            serviceName={serviceName}
            serviceUrl="/"
            navigation={minimal ? [] : [publicNotices(pathname)]}
          />
        )}
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
      {signedIn ? (
        <Suspense fallback={null}>
          <SessionTimeout />
        </Suspense>
      ) : null}
    </>
  );
}
