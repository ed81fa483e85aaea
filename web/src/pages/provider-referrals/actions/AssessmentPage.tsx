import { bookAssessmentInputSchema, requestedByLabels } from "#shared/referrals/delivery.ts";
import type { Referral } from "#shared/referrals/referral.ts";
import { Fieldset } from "../../../components/govuk/index.ts";
import { FormRadios, FormTextarea } from "../../../forms/fields.tsx";
import { describeAppointment } from "../../referrals/referral-words.ts";
import { type ActionForm, ActionFrame } from "./ActionFrame.tsx";
import { AppointmentFields } from "./AppointmentFields.tsx";
import {
  type AssessmentValues,
  assessmentDefaults,
  assessmentLinks,
  assessmentRequest,
} from "./appointment-form.ts";
import { labelled } from "./delivery-forms.ts";

// Booked already: this is a reschedule, which says who asked for it and why.
const previousOf = (r: Referral) => r.assessment?.appointment;

const form: ActionForm<AssessmentValues, unknown> = {
  schema: bookAssessmentInputSchema,
  defaults: (r) => assessmentDefaults(previousOf(r)),
  toRequest: (values, r) => assessmentRequest(values, previousOf(r) !== undefined),
  fields: (r) => assessmentLinks(previousOf(r) !== undefined),
};

function AssessmentFields({ referral }: { referral: Referral }) {
  const previous = previousOf(referral);
  return (
    <>
      {previous ? <p className="govuk-body">Booked for {describeAppointment(previous)}.</p> : null}
      <AppointmentFields referral={referral} />
      {previous ? (
        <Fieldset legend="Why is it changing?" legendSize="m">
          <FormRadios
            name="rescheduleRequestedBy"
            legend="Who asked to change it?"
            legendSize="s"
            items={labelled(requestedByLabels)}
          />
          <FormTextarea name="rescheduleReason" label="Reason" rows={3} />
        </Fieldset>
      ) : null}
    </>
  );
}

/** `/provider/referrals/:referralId/assessment`: book or reschedule the initial assessment. */
export const AssessmentPage = () => (
  <ActionFrame
    title="Initial assessment appointment"
    action="assessment"
    flash="Initial assessment booked"
    submitText="Save appointment"
    form={form}
  >
    {(referral) => <AssessmentFields referral={referral} />}
  </ActionFrame>
);
