import { useEffect } from "react";
import { isRouteErrorResponse, useRouteError } from "react-router";
import { NotFoundPage } from "./NotFoundPage.tsx";
import { ServiceProblemPage } from "./ServiceProblemPage.tsx";

/**
 * The router's error boundary: a page that threw while rendering shows the service problem page
 * (never the error itself); the error goes to the console for whoever is debugging.
 */
export function RouteErrorPage() {
  const error = useRouteError();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  useEffect(() => {
    if (!notFound) console.error("A page failed to render", error);
  }, [error, notFound]);
  return notFound ? <NotFoundPage /> : <ServiceProblemPage />;
}
