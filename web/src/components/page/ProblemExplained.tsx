import { useNavigate, useParams } from "react-router";
import type { ApiError } from "../../api/api-error.ts";
import { AppLink } from "../govuk/index.ts";
import { nextStepFor } from "./next-steps.ts";
import { PageHeading } from "./PageHeading.tsx";

/** The heading of a page the API answered with an explained 4xx (422, 409, 400…). */
export const problemTitle = (error: ApiError) =>
  error.status === 422 || (error.status === 404 && error.rule) ? "You cannot do this yet" : error.title;

/**
 * A request the API refused with a reason (a 4xx other than 401, 403 and 404): the reason as the API
 * wrote it for a person, and the next step — a link when the rule is one the portal knows, otherwise
 * a way back. Never the outage page: nothing is broken, the person has something to do first.
 */
export function ProblemExplained({ error }: { error: ApiError }) {
  const params = useParams();
  const navigate = useNavigate();
  const next = nextStepFor(error.rule, params);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <PageHeading>{problemTitle(error)}</PageHeading>
        <p className="govuk-body">{error.detail ?? "Check what you asked for and try again."}</p>
        {next ? (
          <p className="govuk-body">
            <AppLink href={next.href} className="govuk-link">
              {next.text}
            </AppLink>
          </p>
        ) : null}
        <p className="govuk-body">
          <a
            href="#back"
            className="govuk-link"
            onClick={(event) => {
              event.preventDefault();
              void navigate(-1);
            }}
          >
            Go back to the previous page
          </a>
        </p>
      </div>
    </div>
  );
}
