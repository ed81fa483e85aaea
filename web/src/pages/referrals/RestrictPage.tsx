import { useCallback } from "react";
import { useParams } from "react-router";
import { restrictionInputSchema } from "#shared/referrals/restriction.ts";
import type { Referral } from "#shared/referrals/referral.ts";
import { restrictAccess, useReferral } from "../../api/referrals.ts";
import { Button } from "../../components/govuk/index.ts";
import { BackLink, WarningText } from "../../components/govuk/journey.ts";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { usePageTitle } from "../../components/page/page-title.ts";
import { settle } from "../../components/page/query-state.tsx";
import { FormCheckboxes, FormTextarea } from "../../forms/fields.tsx";
import { FormErrorSummary } from "../../forms/FormErrorSummary.tsx";
import { GovForm } from "../../forms/GovForm.tsx";
import { useGovForm } from "../../forms/use-gov-form.ts";
import { personName } from "./referral-words.ts";
import {
  restrictDefaults,
  restrictFlash,
  restrictRequest,
  type RestrictValues,
  teamChoices,
} from "./RestrictPage.presenter.ts";
import { useAfterReferralChange } from "./use-referral-action.ts";

const fields = ["allowedUserIds", "allowedTeams", "excludedUserIds"] as const;
const title = "Restrict access";

function RestrictForm({ referral }: { referral: Referral }) {
  const toRequest = useCallback(
    (values: RestrictValues) => restrictRequest(values, referral.version),
    [referral.version],
  );
  const form = useGovForm({
    schema: restrictionInputSchema,
    toRequest,
    defaultValues: restrictDefaults(referral),
    fields,
  });
  const done = useAfterReferralChange();
  const back = `/referrals/${referral.id}`;
  usePageTitle(form.errors ? `Error: ${title}` : title);
  const onSubmit = form.submit(async (request) => {
    await restrictAccess(referral.id, request);
    await done(back, restrictFlash(request));
  });
  return (
    <>
      <BackLink href={back}>Back to the referral</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <FormErrorSummary errors={form.errors} />
          <PageHeading caption={`${personName(referral)} – ${referral.reference ?? ""}`}>{title}</PageHeading>
          <p className="govuk-body">
            This applies to every referral for this person (CRN {String(referral.answers.person?.crn ?? "")}),
            including ones sent later. You and the referral’s officer can always see them.
          </p>
          <GovForm form={form} onSubmit={onSubmit}>
            <FormCheckboxes
              name="allowedTeams"
              legend="Which teams may see them?"
              hint="Leave both unticked if only the people you name below may see them."
              items={teamChoices(referral)}
            />
            <FormTextarea
              name="allowedUserIds"
              label="Staff IDs of people who may see them"
              hint="One staff ID on each line. If you name nobody and tick no team, everyone who could see them still can, except the people you exclude."
            />
            <FormTextarea
              name="excludedUserIds"
              label="Staff IDs of people who must not see them"
              hint="One staff ID on each line."
            />
            <WarningText>
              Anyone left out is told these referrals do not exist. Every time someone opens or lists them, it
              is recorded.
            </WarningText>
            <Button type="submit" disabled={form.busy}>
              Restrict access
            </Button>
          </GovForm>
        </div>
      </div>
    </>
  );
}

/** `/referrals/:referralId/restrict`: who may see a person's referrals and who may not (item 5). */
export function RestrictPage() {
  const { referralId = "" } = useParams();
  const referral = useReferral(referralId);
  const state = settle(referral);
  usePageTitle(state.title ?? title);
  if (!state.ready) return state.view;
  return <RestrictForm referral={state.data[0]} />;
}
