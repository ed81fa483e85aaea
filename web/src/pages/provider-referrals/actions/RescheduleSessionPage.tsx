import { useParams } from "react-router";
import { requestedByLabels, rescheduleSessionInputSchema } from "#shared/referrals/delivery.ts";
import type { Referral } from "#shared/referrals/referral.ts";
import { Fieldset } from "../../../components/govuk/index.ts";
import { FormRadios, FormTextarea } from "../../../forms/fields.tsx";
import { describeAppointment } from "../../referrals/referral-words.ts";
import { type ActionForm, ActionFrame } from "./ActionFrame.tsx";
import { AppointmentFields } from "./AppointmentFields.tsx";
import {
  type AppointmentValues,
  appointmentDefaults,
  appointmentLinks,
  appointmentRequest,
} from "./appointment-form.ts";
import { labelled } from "./delivery-forms.ts";

interface RescheduleValues extends AppointmentValues {
  requestedBy: string | undefined;
  reason: string;
}

const formFor = (number: number): ActionForm<RescheduleValues, unknown> => ({
  schema: rescheduleSessionInputSchema,
  defaults: (r: Referral) => ({
    ...appointmentDefaults(r.sessions.find((s) => s.number === number)),
    requestedBy: undefined,
    reason: "",
  }),
  toRequest: (v) => ({ ...appointmentRequest(v), requestedBy: v.requestedBy, reason: v.reason }),
  fields: { ...appointmentLinks, requestedBy: "#requestedBy", reason: "#reason" },
});

/** `/provider/referrals/:referralId/sessions/:sessionNumber/reschedule`: move a session, saying who asked and why. */
export function RescheduleSessionPage() {
  const number = Number(useParams().sessionNumber ?? "0");
  return (
    <ActionFrame
      title={`Reschedule session ${number}`}
      action={`sessions/${number}/reschedule`}
      flash={`Session ${number} rescheduled`}
      submitText="Save new time"
      form={formFor(number)}
    >
      {(referral) => {
        const session = referral.sessions.find((s) => s.number === number);
        return (
          <>
            {session ? <p className="govuk-body">Booked for {describeAppointment(session)}.</p> : null}
            <AppointmentFields referral={referral} />
            <Fieldset legend="Why is it changing?" legendSize="m">
              <FormRadios
                name="requestedBy"
                legend="Who asked to change it?"
                legendSize="s"
                items={labelled(requestedByLabels)}
              />
              <FormTextarea name="reason" label="Reason" rows={3} />
            </Fieldset>
          </>
        );
      }}
    </ActionFrame>
  );
}
