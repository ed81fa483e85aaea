import { assessmentOutcomeInputSchema, attendanceLabels } from "#shared/referrals/delivery.ts";
import { FormRadios, FormTextarea } from "../../../forms/fields.tsx";
import { describeAppointment } from "../../referrals/referral-words.ts";
import { type ActionForm, ActionFrame } from "./ActionFrame.tsx";
import { labelled, type OutcomeValues, outcomeDefaults } from "./delivery-forms.ts";

const form: ActionForm<OutcomeValues, unknown> = {
  schema: assessmentOutcomeInputSchema,
  defaults: outcomeDefaults,
  fields: ["attendance", "notes"],
};

/** `/provider/referrals/:referralId/assessment/outcome`. */
export const AssessmentOutcomePage = () => (
  <ActionFrame
    title="Record the initial assessment"
    action="assessment/outcome"
    flash="Initial assessment recorded"
    submitText="Save"
    form={form}
  >
    {(referral) => (
      <>
        {referral.assessment?.appointment ? (
          <p className="govuk-body">Booked for {describeAppointment(referral.assessment.appointment)}.</p>
        ) : null}
        <FormRadios name="attendance" legend="Did they attend?" items={labelled(attendanceLabels)} />
        <FormTextarea name="notes" label="What was agreed (optional)" />
      </>
    )}
  </ActionFrame>
);
