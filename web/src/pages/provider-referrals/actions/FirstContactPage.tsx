import { contactMethodLabels, firstContactInputSchema } from "#shared/referrals/delivery.ts";
import { FormDateInput, FormRadios, FormTextarea } from "../../../forms/fields.tsx";
import { type ActionForm, ActionFrame } from "./ActionFrame.tsx";
import {
  type FirstContactValues,
  firstContactDefaults,
  firstContactRequest,
  labelled,
} from "./delivery-forms.ts";

const form: ActionForm<FirstContactValues, unknown> = {
  schema: firstContactInputSchema,
  defaults: firstContactDefaults,
  toRequest: firstContactRequest,
  fields: { contactedAt: "#contactedAt-day", method: "#method", notes: "#notes" },
};

/** `/provider/referrals/:referralId/first-contact`. */
export const FirstContactPage = () => (
  <ActionFrame
    title="Record first contact"
    action="first-contact"
    flash="First contact recorded"
    submitText="Save"
    form={form}
  >
    {() => (
      <>
        <FormDateInput
          name="contactedAt"
          legend="When did you first contact them?"
          hint="UK time, 24-hour clock"
          withTime
        />
        <FormRadios name="method" legend="How?" legendSize="s" items={labelled(contactMethodLabels)} />
        <FormTextarea name="notes" label="Notes (optional)" rows={3} />
      </>
    )}
  </ActionFrame>
);
