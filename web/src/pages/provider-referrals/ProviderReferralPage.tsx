import { useParams } from "react-router";
import type { Referral } from "#shared/referrals/referral.ts";
import type { ReferenceData } from "#shared/reference/schema.ts";
import { referralAction, useReferral } from "../../api/referrals.ts";
import { useReference } from "../../api/queries.ts";
import { AppLink, Button } from "../../components/govuk/index.ts";
import { BackLink } from "../../components/govuk/journey.ts";
import { FlashBanner } from "../../components/page/FlashBanner.tsx";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { usePageTitle } from "../../components/page/page-title.ts";
import { settle } from "../../components/page/query-state.tsx";
import { FormErrorSummary } from "../../forms/FormErrorSummary.tsx";
import {
  Answers,
  CaseNotes,
  Concerns,
  Delivery,
  personName,
  ReferralSummary,
  SlaTable,
  Timeline,
} from "../referrals/ReferralDetails.tsx";
import { Changelog } from "../referrals/Changelog.tsx";
import { SubNavigation } from "../referrals/ReferralList.tsx";
import { ProviderTerms } from "./ProviderTerms.tsx";
import { useReferralAction } from "../referrals/use-referral-action.ts";
import {
  presentProviderReferral,
  providerReferralPath,
  type ProviderReferralSection,
  type ProviderReferralView,
} from "./provider-referral.presenter.ts";

/** Progress: concerns, what to do next, completing the referral, the service levels and the delivery so far. */
function Progress({ referral, view }: { referral: Referral; view: ProviderReferralView }) {
  const { errors, busy, run } = useReferralAction({});
  return (
    <>
      <FormErrorSummary errors={errors} />
      <Concerns referral={referral} />
      {view.nextSteps.length ? (
        <>
          <h2 className="govuk-heading-m">What to do next</h2>
          <ul className="govuk-list">
            {view.nextSteps.map((s) => (
              <li key={s.href}>
                <AppLink href={s.href} className="govuk-link">
                  {s.text}
                </AppLink>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {view.canComplete ? (
        <form
          noValidate
          onSubmit={(event) =>
            void run(
              () => referralAction(referral.id, "complete", { version: referral.version }),
              providerReferralPath(referral.id),
              "Referral completed",
            )(event)
          }
        >
          <Button type="submit" variant="secondary" disabled={busy}>
            Complete the referral
          </Button>
        </form>
      ) : null}
      <SlaTable referral={referral} />
      <Delivery referral={referral} />
    </>
  );
}

function Section({
  section,
  referral,
  reference,
  view,
}: {
  section: ProviderReferralSection;
  referral: Referral;
  reference: ReferenceData;
  view: ProviderReferralView;
}) {
  switch (section) {
    case "progress":
      return <Progress referral={referral} view={view} />;
    case "details":
      return (
        <>
          <ReferralSummary referral={referral} reference={reference} />
          <ProviderTerms referral={referral} />
          <Answers referral={referral} reference={reference} />
        </>
      );
    case "changes":
      return <Changelog referral={referral} />;
    case "notes":
      return <CaseNotes referral={referral} />;
    case "timeline":
      return <Timeline referral={referral} />;
  }
}

/**
 * `/provider/referrals/:referralId` (Progress) and its `/details`, `/changes`, `/notes` and `/timeline` sub-pages:
 * one referral for its provider, split so each job is a short page of its own.
 */
export function ProviderReferralPage({ section = "progress" }: { section?: ProviderReferralSection }) {
  const { referralId = "" } = useParams();
  const referral = useReferral(referralId);
  const reference = useReference();
  const state = settle(referral, reference);
  const title = referral.data
    ? // The heading first (the person), then which part of their referral this is.
      `${personName(referral.data)} – ${presentProviderReferral(referral.data, section).sectionName}`
    : "Referral";
  usePageTitle(state.title ?? title);
  if (!state.ready) return state.view;
  const [r, ref] = state.data;
  const view = presentProviderReferral(r, section);
  return (
    <>
      <BackLink href="/provider/referrals">All referrals</BackLink>
      <FlashBanner />
      <PageHeading caption={`Referral ${r.reference ?? ""}`}>{personName(r)}</PageHeading>
      <SubNavigation label="Referral sections" items={view.tabs} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <Section section={section} referral={r} reference={ref} view={view} />
        </div>
      </div>
    </>
  );
}
