import { createBrowserRouter } from "react-router";
import { RequireSignIn } from "../auth/guards.tsx";
import { NotFoundPage } from "../pages/errors/NotFoundPage.tsx";
import { RouteErrorPage } from "../pages/errors/RouteErrorPage.tsx";
import { ServiceProblemPage } from "../pages/errors/ServiceProblemPage.tsx";
import { HomePage } from "../pages/home/HomePage.tsx";
import { AuthCallbackPage } from "../pages/sign-in/AuthCallbackPage.tsx";
import { SignInPage } from "../pages/sign-in/SignInPage.tsx";
import { SignOutPage } from "../pages/sign-in/SignOutPage.tsx";
import { AppLayout } from "./AppLayout.tsx";

/**
 * The portal's routes. A page that throws is caught by the pathless route's error element and shown
 * inside the normal layout; if the layout itself fails, the root's minimal layout takes over.
 */
export function createAppRouter() {
  return createBrowserRouter([
    {
      element: <AppLayout />,
      errorElement: (
        <AppLayout minimal>
          <ServiceProblemPage />
        </AppLayout>
      ),
      children: [
        {
          errorElement: <RouteErrorPage />,
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
            { path: "auth/callback", element: <AuthCallbackPage /> },
            { path: "*", element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ]);
}
