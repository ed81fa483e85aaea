import { useEffect } from "react";
import { lazyPage } from "./lazy-page.tsx";
import { Outlet, type RouteObject, useLocation, useRoutes } from "react-router";
import { RequireSignIn } from "../auth/guards.tsx";
import { ServiceProblemPage } from "../pages/errors/ServiceProblemPage.tsx";
// Every role's first page: loaded with the app (the home page itself loads only the role's own home).
import { HomePage } from "../pages/home/HomePage.tsx";
import { AppLayout } from "./AppLayout.tsx";
import { PageErrorBoundary } from "./PageErrorBoundary.tsx";

const AuthCallbackPage = lazyPage(() => import("../pages/sign-in/AuthCallbackPage.tsx"), "AuthCallbackPage");
const SignInPage = lazyPage(() => import("../pages/sign-in/SignInPage.tsx"), "SignInPage");
const SignOutPage = lazyPage(() => import("../pages/sign-in/SignOutPage.tsx"), "SignOutPage");
const SignOutEverywherePage = lazyPage(
  () => import("../pages/sign-in/SignOutEverywherePage.tsx"),
  "SignOutEverywherePage",
);
/** Every other page's route (web/src/app/page-routes.tsx): routes of new pages go there. */
const loadPageRoutes = () => import("./page-routes.tsx");
const PageRoutes = lazyPage(loadPageRoutes, "PageRoutes");

/** The layout, or — if the layout itself fails — the minimal layout with the service problem page. */
function Root() {
  const { pathname } = useLocation();
  return (
    <PageErrorBoundary
      resetKey={pathname}
      fallback={
        <AppLayout minimal>
          <ServiceProblemPage />
        </AppLayout>
      }
    >
      <AppLayout />
    </PageErrorBoundary>
  );
}

/** A page that throws shows the service problem page inside the normal layout, until the person moves on. */
function Pages() {
  const { pathname } = useLocation();
  return (
    <PageErrorBoundary resetKey={pathname} fallback={<ServiceProblemPage />}>
      <Outlet />
    </PageErrorBoundary>
  );
}

/**
 * The portal's routes, in the router's declarative mode (a `BrowserRouter` in main.tsx): the portal has
 * no loaders or actions, and the data mode's router would add about 15 KB (gzipped) to every first page
 * (ADR 0021). Error boundaries stand in for its `errorElement`s. Only the first pages are here (each
 * role's home, signing in and out); every other address goes to `PageRoutes`, loaded after the first
 * page (issue 15).
 */
const routes: RouteObject[] = [
  {
    element: <Root />,
    children: [
      {
        element: <Pages />,
        children: [
          {
            index: true,
            element: (
              <RequireSignIn>
                <HomePage />
              </RequireSignIn>
            ),
          },
          { path: "sign-in", element: <SignInPage /> },
          { path: "sign-out", element: <SignOutPage /> },
          { path: "sign-out/everywhere", element: <SignOutEverywherePage /> },
          { path: "auth/callback", element: <AuthCallbackPage /> },
          { path: "*", element: <PageRoutes /> },
        ],
      },
    ],
  },
];

/**
 * Renders the page the address names. Once the first page is on screen, the other pages' routes are
 * fetched while the browser is idle, so following a link does not wait for them.
 */
export function AppRoutes() {
  useEffect(() => {
    const prefetch = () => void loadPageRoutes();
    if ("requestIdleCallback" in window) {
      const id = window.requestIdleCallback(prefetch, { timeout: 5_000 });
      return () => window.cancelIdleCallback(id);
    }
    const timer = setTimeout(prefetch, 2_000);
    return () => clearTimeout(timer);
  }, []);
  return useRoutes(routes);
}
