import { scheduleSessionInputSchema } from "#shared/referrals/delivery.ts";
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
    {() => <AppointmentFields />}
  </ActionFrame>
);
