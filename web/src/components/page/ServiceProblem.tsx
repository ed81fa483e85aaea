import { Button } from "../govuk/Button.tsx";
import { PageHeading } from "./PageHeading.tsx";

export const serviceProblemTitle = "Sorry, there is a problem with the service";

/**
 * The GOV.UK "there is a problem with the service" content. It never shows what went wrong: error
 * messages and stack traces are for logs, not for the people using the service. The page showing it
 * sets the title (see `ServiceProblemPage`).
 */
export function ServiceProblem({ onRetry }: { onRetry?: () => void }) {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <PageHeading>{serviceProblemTitle}</PageHeading>
        <p className="govuk-body">Try again later.</p>
        {onRetry ? (
          <Button variant="secondary" onClick={onRetry}>
            Try again
          </Button>
        ) : null}
      </div>
    </div>
  );
}
