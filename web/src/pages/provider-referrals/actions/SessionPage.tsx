import { bookingPastMaximum, daysUsedText } from "#shared/referrals/days-used.ts";
import { scheduleSessionInputSchema } from "#shared/referrals/delivery.ts";
import { WarningText } from "../../../components/govuk/journey.ts";
import { type ActionForm, ActionFrame } from "./ActionFrame.tsx";
import { AppointmentFields } from "./AppointmentFields.tsx";
import {
  type AppointmentValues,
  appointmentDefaults,
  appointmentLinks,
  appointmentRequest,
} from "./appointment-form.ts";

const form: ActionForm<AppointmentValues, unknown> = {
  schema: scheduleSessionInputSchema,
  defaults: () => appointmentDefaults(),
  toRequest: appointmentRequest,
  fields: appointmentLinks,
};

/** `/provider/referrals/:referralId/sessions/new`. */
export const SessionPage = () => (
  <ActionFrame
    title="Schedule a session"
    action="sessions"
    flash="Session scheduled"
    submitText="Schedule session"
    form={form}
  >
    {(referral) => (
      <>
        {bookingPastMaximum(referral) ? (
          <WarningText>
            {daysUsedText(referral.daysUsed, referral.maxEnforceableDays)}, with{" "}
            {referral.sessions.filter((s) => !s.feedback).length} more booked. If the person attends every
            booked session, this one would go beyond the maximum enforceable days, and its attendance could
            not be recorded.
          </WarningText>
        ) : null}
        <AppointmentFields referral={referral} />
      </>
    )}
  </ActionFrame>
);
