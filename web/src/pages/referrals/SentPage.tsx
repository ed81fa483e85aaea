import { useParams } from "react-router";
import { useReferral } from "../../api/referrals.ts";
import { AppLink } from "../../components/govuk/index.ts";
import { Panel } from "../../components/govuk/journey.ts";
import { usePageTitle } from "../../components/page/page-title.ts";
import { settle } from "../../components/page/query-state.tsx";

/** `/referrals/:referralId/sent`: the confirmation, with the referral's reference. */
export function SentPage() {
  const { referralId = "" } = useParams();
  const referral = useReferral(referralId);
  const state = settle(referral);
  usePageTitle(state.title ?? "Referral sent");
  if (!state.ready) return state.view;
  const [r] = state.data;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Panel title="Referral sent">
          Your reference number
          <br />
          <strong>{r.reference}</strong>
        </Panel>
        <h2 className="govuk-heading-m">What happens next</h2>
        <p className="govuk-body">
          {r.organisationName} has been told about the referral. They will assign a caseworker, contact the
          person within 2 working days and book the initial assessment within 10 working days.
        </p>
        <p className="govuk-body">
          <AppLink href={`/referrals/${r.id}`} className="govuk-link">
            Follow this referral
          </AppLink>
        </p>
        <p className="govuk-body">
          <AppLink href="/catalogue" className="govuk-link">
            Make another referral
          </AppLink>
        </p>
      </div>
    </div>
  );
}
