import type { UseQueryResult } from "@tanstack/react-query";
import type { ReactElement } from "react";
import { ApiError } from "../../api/api-error.ts";
import { NotFoundPage } from "../../pages/errors/NotFoundPage.tsx";
import { ServiceProblemPage } from "../../pages/errors/ServiceProblemPage.tsx";
import { Loading } from "./Loading.tsx";
import { PageHeading } from "./PageHeading.tsx";
import { ProblemExplained, problemTitle } from "./ProblemExplained.tsx";
import { serviceProblemTitle } from "./ServiceProblem.tsx";

type Query = UseQueryResult<unknown, Error>;
type Loaded<T extends readonly Query[]> = { [K in keyof T]: Exclude<T[K]["data"], undefined> };

export const forbiddenTitle = "You cannot use this page";

/** A page refused by the API (403), with the API's reason. */
function Forbidden({ detail }: { detail: string | undefined }) {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <PageHeading>{forbiddenTitle}</PageHeading>
        <p className="govuk-body">{detail ?? "Your role cannot use this page."}</p>
      </div>
    </div>
  );
}

export type Settled<T extends readonly Query[]> =
  | { ready: true; data: Loaded<T>; title: undefined }
  | { ready: false; view: ReactElement; title: string | undefined };

/**
 * Where a page's queries have got to: all loaded (their data), or what to show instead — "Loading…",
 * "Page not found" for a 404 (missing and not-yours look the same), the API's reason for a 403 or any
 * other explained 4xx (with the next step), or — for 5xx and network failures only — the service
 * problem page with a way to try again. `title` is the page title to use instead of the page's own.
 */
export function settle<T extends readonly Query[]>(...queries: T): Settled<T> {
  const failed = queries.find((query) => query.isError);
  if (failed) {
    const error = failed.error;
    // A 404 that names a rule (an evaluator who has not declared) is the person's to act on.
    if (error instanceof ApiError && error.status === 404 && error.rule === undefined)
      return { ready: false, view: <NotFoundPage />, title: "Page not found" };
    if (error instanceof ApiError && error.status === 403)
      return { ready: false, view: <Forbidden detail={error.detail} />, title: forbiddenTitle };
    // Any other 4xx the API explained is the person's to act on: show its reason, not the outage page.
    if (error instanceof ApiError && error.status >= 400 && error.status < 500 && error.status !== 401)
      return { ready: false, view: <ProblemExplained error={error} />, title: problemTitle(error) };
    return {
      ready: false,
      view: (
        <ServiceProblemPage
          onRetry={() => {
            for (const query of queries) if (query.isError) void query.refetch();
          }}
        />
      ),
      title: serviceProblemTitle,
    };
  }
  if (queries.some((query) => query.isPending)) return { ready: false, view: <Loading />, title: undefined };
  return { ready: true, data: queries.map((query) => query.data) as Loaded<T>, title: undefined };
}
