import { useCallback } from "react";
import { useParams } from "react-router";
import { withdrawInputSchema } from "#shared/referrals/delivery.ts";
import type { Referral } from "#shared/referrals/referral.ts";
import type { ReferenceData } from "#shared/reference/schema.ts";
import { referralAction, useReferral } from "../../api/referrals.ts";
import { useReference } from "../../api/queries.ts";
import { Button } from "../../components/govuk/index.ts";
import { BackLink } from "../../components/govuk/journey.ts";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { usePageTitle } from "../../components/page/page-title.ts";
import { settle } from "../../components/page/query-state.tsx";
import { FormRadios, FormTextarea } from "../../forms/fields.tsx";
import { FormErrorSummary } from "../../forms/FormErrorSummary.tsx";
import { GovForm } from "../../forms/GovForm.tsx";
import { useGovForm } from "../../forms/use-gov-form.ts";
import { personName } from "./referral-words.ts";
import { useAfterReferralChange } from "./use-referral-action.ts";
import { withdrawWords } from "./WithdrawPage.presenter.ts";

const fields = ["reasonId", "notes"] as const;
const defaultValues: { reasonId: string | undefined; notes: string } = { reasonId: undefined, notes: "" };

function WithdrawForm({ referral, reference }: { referral: Referral; reference: ReferenceData }) {
  const words = withdrawWords(referral);
  const toRequest = useCallback(
    (values: typeof defaultValues) => ({ ...values, version: referral.version }),
    [referral.version],
  );
  const withdraw = useGovForm({ schema: withdrawInputSchema, toRequest, defaultValues, fields });
  const done = useAfterReferralChange();
  const back = `/referrals/${referral.id}`;
  usePageTitle(withdraw.errors ? `Error: ${words.title}` : words.title);
  const onSubmit = withdraw.submit(async (request) => {
    await referralAction(referral.id, "withdraw", request);
    await done(back, words.flash);
  });
  return (
    <>
      <BackLink href={back}>Back to the referral</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <FormErrorSummary errors={withdraw.errors} />
          <PageHeading caption={`${personName(referral)} – ${referral.reference ?? ""}`}>
            {words.title}
          </PageHeading>
          <GovForm form={withdraw} onSubmit={onSubmit}>
            <FormRadios
              name="reasonId"
              legend="Why?"
              items={reference.withdrawalReasons.map((r) => ({ value: r.id, text: r.name }))}
            />
            <FormTextarea name="notes" label="Anything the provider should know (optional)" />
            <Button type="submit" variant="warning" disabled={withdraw.busy}>
              {words.button}
            </Button>
          </GovForm>
        </div>
      </div>
    </>
  );
}

/** `/referrals/:referralId/withdraw`: withdraw or close early, with a reason from the list. */
export function WithdrawPage() {
  const { referralId = "" } = useParams();
  const referral = useReferral(referralId);
  const reference = useReference();
  const state = settle(referral, reference);
  usePageTitle(state.title ?? "Withdraw this referral");
  if (!state.ready) return state.view;
  return <WithdrawForm referral={state.data[0]} reference={state.data[1]} />;
}
