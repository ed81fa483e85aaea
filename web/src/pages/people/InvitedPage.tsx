import { useLocation } from "react-router";
import { AppLink } from "../../components/govuk/index.ts";
import { Panel } from "../../components/govuk/journey.ts";
import { usePageTitle } from "../../components/page/page-title.ts";

/** `/organisation/people/invited`: the invitation has gone; what happens next. */
export function InvitedPage() {
  const state = useLocation().state as { email?: string; name?: string } | null;
  usePageTitle("Invitation sent");
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Panel title="Invitation sent">{state?.email ? `We have e-mailed ${state.email}` : null}</Panel>
        <p className="govuk-body">
          {state?.name ?? "They"} can accept the invitation for 7 days. Until then it is listed under
          invitations waiting to be accepted, where you can send it again or withdraw it.
        </p>
        <p className="govuk-body">
          <AppLink href="/organisation/people" className="govuk-link">
            Back to people
          </AppLink>
        </p>
      </div>
    </div>
  );
}
