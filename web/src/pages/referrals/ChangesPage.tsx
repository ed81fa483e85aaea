import { useParams } from "react-router";
import { useReferral } from "../../api/referrals.ts";
import { BackLink } from "../../components/govuk/journey.ts";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { usePageTitle } from "../../components/page/page-title.ts";
import { settle } from "../../components/page/query-state.tsx";
import { Changelog } from "./Changelog.tsx";
import { personName } from "./referral-words.ts";

/** `/referrals/:referralId/changes`: the officer's view of the referral's changelog. */
export function ChangesPage() {
  const { referralId = "" } = useParams();
  const referral = useReferral(referralId);
  const state = settle(referral);
  usePageTitle(state.title ?? (referral.data ? `${personName(referral.data)} – Changes` : "Changes"));
  if (!state.ready) return state.view;
  const [r] = state.data;
  return (
    <>
      <BackLink href={`/referrals/${r.id}`}>Back to the referral</BackLink>
      <PageHeading caption={`Referral ${r.reference ?? ""}`}>{personName(r)}</PageHeading>
      <Changelog referral={r} />
    </>
  );
}
