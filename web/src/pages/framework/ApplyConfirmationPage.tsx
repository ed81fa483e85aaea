import { useLocation } from "react-router";
import { AppLink } from "../../components/govuk/index.ts";
import { Panel } from "../../components/govuk/journey.ts";
import { usePageTitle } from "../../components/page/page-title.ts";

/** `/framework/apply/confirmation`: the application has been sent. */
export function ApplyConfirmationPage() {
  usePageTitle("Application submitted");
  const location = useLocation();
  const reference = (location.state as { reference?: unknown } | null)?.reference;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Panel title="Application submitted">
          {typeof reference === "string" ? (
            <>
              Your reference number
              <br />
              <strong>{reference}</strong>
            </>
          ) : null}
        </Panel>
        <h2 className="govuk-heading-m">What happens next</h2>
        <p className="govuk-body">
          A framework administrator will decide whether to admit your organisation. You can see the decision,
          and the reason for it, on your organisation’s home page.
        </p>
        <p className="govuk-body">
          Once admitted, you can bid for opportunities in the need areas and regions you applied for.
        </p>
        <p className="govuk-body">
          <AppLink href="/" className="govuk-link">
            Go to your organisation’s home page
          </AppLink>
        </p>
      </div>
    </div>
  );
}
