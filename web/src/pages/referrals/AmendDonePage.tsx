import { useParams } from "react-router";
import { amendmentGroupSchema, amendmentGroupTitles } from "#shared/referrals/amendments.ts";
import { useReferral } from "../../api/referrals.ts";
import { AppLink } from "../../components/govuk/index.ts";
import { Panel } from "../../components/govuk/journey.ts";
import { usePageTitle } from "../../components/page/page-title.ts";
import { settle } from "../../components/page/query-state.tsx";
import { NotFoundPage } from "../errors/NotFoundPage.tsx";

const title = "Referral changed";

/** `/referrals/:referralId/amend/:group/done`: the confirmation that the change was sent to the provider. */
export function AmendDonePage() {
  const { referralId = "", group = "" } = useParams();
  const parsed = amendmentGroupSchema.safeParse(group);
  const referral = useReferral(referralId);
  const state = settle(referral);
  usePageTitle(state.title ?? title);
  if (!parsed.success) return <NotFoundPage />;
  if (!state.ready) return state.view;
  const [r] = state.data;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Panel title={title}>
          {amendmentGroupTitles[parsed.data]} on referral <strong>{r.reference}</strong>
        </Panel>
        <p className="govuk-body">
          We have told {r.organisationName} in the portal and by e-mail. The change and your reason are in the
          referral’s changelog, which both of you can read.
        </p>
        <p className="govuk-body">
          <AppLink href={`/referrals/${r.id}/changes`} className="govuk-link">
            See the referral’s changes
          </AppLink>
        </p>
        <p className="govuk-body">
          <AppLink href={`/referrals/${r.id}`} className="govuk-link">
            Back to the referral
          </AppLink>
        </p>
      </div>
    </div>
  );
}
