import { officesOf, referenceData } from "#shared/reference/index.ts";
import { appointmentFormatLabels, appointmentMethodLabels } from "#shared/referrals/delivery.ts";
import type { Referral } from "#shared/referrals/referral.ts";
import { Fieldset } from "../../../components/govuk/index.ts";
import { FormDateInput, FormRadios, FormTextInput } from "../../../forms/fields.tsx";
import { labelled } from "./delivery-forms.ts";

/** An address in the UK, as the GOV.UK address pattern asks for it. */
function AddressFields() {
  return (
    <Fieldset legend="Address" legendSize="s">
      <FormTextInput
        name="otherAddress.line1"
        id="otherAddress-line1"
        label="Address line 1"
        autoComplete="address-line1"
      />
      <FormTextInput
        name="otherAddress.line2"
        id="otherAddress-line2"
        label="Address line 2 (optional)"
        autoComplete="address-line2"
      />
      <FormTextInput
        name="otherAddress.town"
        id="otherAddress-town"
        label="Town or city"
        width="two-thirds"
        autoComplete="address-level2"
      />
      <FormTextInput
        name="otherAddress.postcode"
        id="otherAddress-postcode"
        label="Postcode"
        width="10"
        autoComplete="postal-code"
      />
    </Fieldset>
  );
}

/**
 * When, how long, one-to-one or group, and how: by phone, video call, at one of the referral's
 * delivery unit's probation offices, or at another address — bound to the form.
 */
export function AppointmentFields({ referral }: { referral: Referral }) {
  const offices = officesOf(referral.pdu);
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
        items={labelled(appointmentMethodLabels)
          .filter((item) => item.value !== "probation-office" || offices.length > 0)
          .map((item) =>
            item.value === "probation-office"
              ? {
                  ...item,
                  conditional: (
                    <FormRadios
                      name="officeId"
                      legend="Which probation office?"
                      legendSize="s"
                      hint={referenceData.probationOfficesSource}
                      items={offices.map((o) => ({
                        value: o.id,
                        text: o.name,
                        hint: [...o.address, o.postcode].join(", "),
                      }))}
                    />
                  ),
                }
              : item.value === "in-person"
                ? { ...item, conditional: <AddressFields /> }
                : item,
          )}
      />
    </>
  );
}
