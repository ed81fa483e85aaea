import { useLocation } from "react-router";
import { formatDate } from "../../format/format.ts";
import { AppLink } from "../../components/govuk/index.ts";
import { Panel } from "../../components/govuk/journey.ts";
import { usePageTitle } from "../../components/page/page-title.ts";

/** `/framework/cessation/confirmation`: the end is announced; the cessation notice is next. */
export function EndMarketConfirmationPage() {
  usePageTitle("The end of the dynamic market is announced");
  const closesOn = (useLocation().state as { closesOn?: unknown } | null)?.closesOn;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Panel title="The end of the dynamic market is announced">
          {typeof closesOn === "string" ? `It closes on ${formatDate(closesOn)}` : null}
        </Panel>
        <h2 className="govuk-heading-m">What happens next</h2>
        <p className="govuk-body">
          Suppliers and administrators see the closing date on the framework pages. Draft and publish the
          dynamic market cessation notice before that date: the portal drafts it from the record.
        </p>
        <p className="govuk-body">
          <AppLink href="/procurements/framework/notices" className="govuk-link">
            Go to the dynamic market's notices
          </AppLink>
        </p>
      </div>
    </div>
  );
}
