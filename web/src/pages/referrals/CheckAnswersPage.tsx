import { useCallback, useMemo } from "react";
import { useParams } from "react-router";
import { versionInputSchema } from "#shared/referrals/delivery.ts";
import type { Referral } from "#shared/referrals/referral.ts";
import { ogrsWarningText, sectionIds, sectionTitles } from "#shared/referrals/sections.ts";
import type { ReferenceData } from "#shared/reference/schema.ts";
import { referralAction, useReferral } from "../../api/referrals.ts";
import { useReference } from "../../api/queries.ts";
import { Button, SummaryCard } from "../../components/govuk/index.ts";
import { BackLink, WarningText } from "../../components/govuk/journey.ts";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { usePageTitle } from "../../components/page/page-title.ts";
import { settle } from "../../components/page/query-state.tsx";
import { FormErrorSummary } from "../../forms/FormErrorSummary.tsx";
import { GovForm } from "../../forms/GovForm.tsx";
import { useGovForm } from "../../forms/use-gov-form.ts";
import { answerRows } from "./answers.tsx";
import { useAfterReferralChange } from "./use-referral-action.ts";

const title = "Check your answers before sending the referral";

function Check({ referral, reference }: { referral: Referral; reference: ReferenceData }) {
  // What the API finds unfinished is listed by section, each linking to its page.
  const fields = useMemo(
    () => Object.fromEntries(sectionIds.map((s) => [s, `/referrals/${referral.id}/sections/${s}`])),
    [referral.id],
  );
  const toRequest = useCallback(() => ({ version: referral.version }), [referral.version]);
  const send = useGovForm({ schema: versionInputSchema, toRequest, defaultValues: {}, fields });
  const { errors, busy } = send;
  const done = useAfterReferralChange();
  const onSubmit = send.submit(async (request) => {
    await referralAction(referral.id, "send", request, true);
    await done(`/referrals/${referral.id}/sent`);
  });
  usePageTitle(errors ? `Error: ${title}` : title);
  return (
    <>
      <BackLink href={`/referrals/${referral.id}`}>Back to the referral</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <FormErrorSummary errors={errors} />
          <PageHeading caption={`${referral.interventionTitle} – ${referral.organisationName}`}>
            {title}
          </PageHeading>
          {referral.ogrsWarning ? <WarningText>{ogrsWarningText}</WarningText> : null}
          {sectionIds.map((s) => (
            <SummaryCard
              key={s}
              title={sectionTitles[s]}
              rows={answerRows(referral, s, reference, `/referrals/${referral.id}/sections/${s}`)}
            />
          ))}
          <h2 className="govuk-heading-m">Now send the referral</h2>
          <p className="govuk-body">
            {referral.organisationName} will be told straight away. They must contact the person within 2
            working days.
          </p>
          <GovForm form={send} onSubmit={onSubmit}>
            <Button type="submit" disabled={busy} preventDoubleClick>
              Send referral
            </Button>
          </GovForm>
        </div>
      </div>
    </>
  );
}

/** `/referrals/:referralId/check`: check your answers, then send. */
export function CheckAnswersPage() {
  const { referralId = "" } = useParams();
  const referral = useReferral(referralId);
  const reference = useReference();
  const state = settle(referral, reference);
  usePageTitle(state.title ?? title);
  if (!state.ready) return state.view;
  return <Check referral={state.data[0]} reference={state.data[1]} />;
}
