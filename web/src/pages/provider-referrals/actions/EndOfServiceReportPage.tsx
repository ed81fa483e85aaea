import { achievementLabels, endOfServiceReportInputSchema } from "#shared/referrals/delivery.ts";
import type { Referral } from "#shared/referrals/referral.ts";
import { Fieldset } from "../../../components/govuk/index.ts";
import { FormRadios, FormTextarea } from "../../../forms/fields.tsx";
import { type ActionForm, ActionFrame } from "./ActionFrame.tsx";
import {
  desiredOutcomes,
  labelled,
  type ReportValues,
  reportDefaults,
  reportFields,
} from "./delivery-forms.ts";

const form: ActionForm<ReportValues, unknown> = {
  schema: endOfServiceReportInputSchema,
  defaults: reportDefaults,
  fields: reportFields,
};

function ReportFields({ referral }: { referral: Referral }) {
  return (
    <>
      {desiredOutcomes(referral).map((outcome, i) => (
        <Fieldset key={outcome} legend={outcome} legendSize="m">
          <FormRadios
            name={`outcomes.${i}.achievement`}
            legend="Was it achieved?"
            legendSize="s"
            inline
            items={labelled(achievementLabels)}
          />
          <FormTextarea name={`outcomes.${i}.progress`} label="Progress made" rows={3} />
        </Fieldset>
      ))}
      <FormTextarea
        name="furtherWork"
        label="Anything left to do"
        hint="What the person or their officer still needs to work on"
      />
    </>
  );
}

/** `/provider/referrals/:referralId/end-of-service-report`. */
export const EndOfServiceReportPage = () => (
  <ActionFrame
    title="End-of-service report"
    action="end-of-service-report"
    flash="End-of-service report submitted"
    submitText="Submit report"
    form={form}
  >
    {(referral) => <ReportFields referral={referral} />}
  </ActionFrame>
);
