import { Navigate, useParams } from "react-router";
import { useApplication } from "../../api/framework.ts";
import { AppLink } from "../../components/govuk/index.ts";
import { Panel } from "../../components/govuk/journey.ts";
import { usePageTitle } from "../../components/page/page-title.ts";
import { settle } from "../../components/page/query-state.tsx";

/** `/framework/applications/:applicationId/decided`: the decision has been recorded. */
export function DecidedPage() {
  const { applicationId = "" } = useParams();
  const application = useApplication(applicationId);
  const state = settle(application);
  const admitted = application.data?.status === "admitted";
  const heading = admitted ? "Application admitted" : "Application rejected";
  usePageTitle(state.title ?? heading);
  if (!state.ready) return state.view;
  const [app] = state.data;
  // Nothing has been decided yet (someone came straight here): show the application instead.
  if (app.status === "submitted") return <Navigate to={`/framework/applications/${app.id}`} replace />;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Panel title={heading}>
          {admitted
            ? `${app.organisationName} is now on the framework`
            : `${app.organisationName} has not been admitted`}
        </Panel>
        <p className="govuk-body">
          {admitted
            ? "The organisation can now see and bid for opportunities in the need areas and regions it applied for."
            : "The organisation can see your reason on its home page and can apply again."}
        </p>
        <p className="govuk-body">
          <AppLink href="/framework/applications" className="govuk-link">
            Back to applications to decide
          </AppLink>
        </p>
      </div>
    </div>
  );
}
