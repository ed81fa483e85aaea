import { appointmentFormatLabels, contactMethodLabels } from "#shared/referrals/delivery.ts";
import { FormDateInput, FormRadios, FormTextarea, FormTextInput } from "../../../forms/fields.tsx";
import { labelled } from "./delivery-forms.ts";

/** When, how long, one-to-one or group, and how (an address when in person), bound to the form. */
export function AppointmentFields() {
  return (
    <>
      <FormDateInput
        name="at"
        legend="Date and time"
        hint="UK time, 24-hour clock, for example 14 3 2027 and 14 30"
        withTime
      />
      <FormTextInput
        name="duration"
        errorPath="durationMinutes"
        id="durationMinutes"
        label="Duration in minutes"
        width="3"
        inputMode="numeric"
      />
      <FormRadios
        name="format"
        legend="One-to-one or group?"
        legendSize="s"
        inline
        items={labelled(appointmentFormatLabels)}
      />
      <FormRadios
        name="method"
        legend="How will it happen?"
        legendSize="s"
        items={labelled(contactMethodLabels).map((item) =>
          item.value === "in-person"
            ? { ...item, conditional: <FormTextarea name="address" label="Address" rows={3} /> }
            : item,
        )}
      />
    </>
  );
}
