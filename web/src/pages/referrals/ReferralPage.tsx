import { useParams } from "react-router";
import type { Referral } from "#shared/referrals/referral.ts";
import { sectionIds, sectionStatusLabels, sectionTitles } from "#shared/referrals/sections.ts";
import { isOpen } from "#shared/referrals/status.ts";
import type { ReferenceData } from "#shared/reference/schema.ts";
import { useReferral } from "../../api/referrals.ts";
import { useReference } from "../../api/queries.ts";
import { ButtonLink } from "../../components/govuk/index.ts";
import { BackLink, TaskList, WarningText } from "../../components/govuk/journey.ts";
import { FlashBanner } from "../../components/page/FlashBanner.tsx";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { usePageTitle } from "../../components/page/page-title.ts";
import { settle } from "../../components/page/query-state.tsx";
import {
  Answers,
  CaseNotes,
  Delivery,
  personName,
  ReferralSummary,
  SlaTable,
  Timeline,
} from "./ReferralDetails.tsx";
import { ChangeLinks, PlanToApprove } from "./OfficerActions.tsx";
import { OfficerConcerns, RestrictionNote } from "./OfficerConcerns.tsx";

function DraftTaskList({ referral }: { referral: Referral }) {
  const complete = sectionIds.every((s) => referral.sectionStatuses[s] === "completed");
  const done = sectionIds.filter((s) => referral.sectionStatuses[s] === "completed").length;
  return (
    <>
      <BackLink href="/referrals?tab=drafts">Your referrals</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <FlashBanner />
          <PageHeading caption={`${referral.interventionTitle} – ${referral.organisationName}`}>
            Make a referral
          </PageHeading>
          <p className="govuk-body">
            You have completed {done} of {sectionIds.length} sections. Your draft is saved as you go and
            deleted 90 days after you started it.
          </p>
          <TaskList
            idPrefix="referral"
            items={[
              ...sectionIds.map((s) => {
                const status = referral.sectionStatuses[s];
                return {
                  title: sectionTitles[s],
                  href: `/referrals/${referral.id}/sections/${s}`,
                  status:
                    status === "completed"
                      ? { text: sectionStatusLabels[status] }
                      : status === "in-progress"
                        ? { text: sectionStatusLabels[status], tag: true, colour: "yellow" as const }
                        : { text: sectionStatusLabels[status], tag: true },
                };
              }),
              complete
                ? {
                    title: "Check your answers and send",
                    href: `/referrals/${referral.id}/check`,
                    status: { text: "Not started", tag: true },
                  }
                : { title: "Check your answers and send", status: { text: "Cannot start yet" } },
            ]}
          />
          {referral.ogrsWarning ? (
            <WarningText>The OGRS score is below 25%: check this person will benefit.</WarningText>
          ) : null}
        </div>
      </div>
    </>
  );
}

function SentReferral({ referral, reference }: { referral: Referral; reference: ReferenceData }) {
  return (
    <>
      <BackLink href="/referrals">Your referrals</BackLink>
      <FlashBanner />
      <PageHeading caption={`Referral ${referral.reference ?? ""}`}>{personName(referral)}</PageHeading>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <RestrictionNote referral={referral} />
          <OfficerConcerns referral={referral} />
          <PlanToApprove referral={referral} />
          <ReferralSummary referral={referral} reference={reference} />
          {isOpen(referral.status) ? (
            <ButtonLink href={`/referrals/${referral.id}/withdraw`} variant="warning">
              {referral.status === "in-progress" ? "Close early" : "Withdraw referral"}
            </ButtonLink>
          ) : null}
          <SlaTable referral={referral} />
          <Delivery referral={referral} />
          <ChangeLinks referral={referral} />
          <CaseNotes referral={referral} />
          <Answers referral={referral} reference={reference} />
        </div>
        <div className="govuk-grid-column-one-third">
          <Timeline referral={referral} />
        </div>
      </div>
    </>
  );
}

/** `/referrals/:referralId`: a draft's task list, or a sent referral's progress for its officer. */
export function ReferralPage() {
  const { referralId = "" } = useParams();
  const referral = useReferral(referralId);
  const reference = useReference();
  const state = settle(referral, reference);
  const title =
    referral.data?.status === "draft"
      ? "Make a referral"
      : referral.data
        ? personName(referral.data)
        : "Referral";
  usePageTitle(state.title ?? title);
  if (!state.ready) return state.view;
  const [r, ref] = state.data;
  return r.status === "draft" ? (
    <DraftTaskList referral={r} />
  ) : (
    <SentReferral referral={r} reference={ref} />
  );
}
