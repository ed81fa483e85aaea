import { assignInputSchema } from "#shared/referrals/delivery.ts";
import { useCaseworkers } from "../../../api/referrals.ts";
import { Loading } from "../../../components/page/Loading.tsx";
import { FormRadios } from "../../../forms/fields.tsx";
import { type ActionForm, ActionFrame } from "./ActionFrame.tsx";
import { type AssignValues, assignDefaults } from "./delivery-forms.ts";

const form: ActionForm<AssignValues, unknown> = {
  schema: assignInputSchema,
  defaults: assignDefaults,
  fields: ["caseworkerId"],
};

function CaseworkerRadios() {
  const caseworkers = useCaseworkers();
  if (caseworkers.isPending) return <Loading what="caseworkers" />;
  return (
    <FormRadios
      name="caseworkerId"
      legend="Who will work with this person?"
      items={(caseworkers.data?.items ?? []).map((c) => ({ value: c.userId, text: c.name }))}
    />
  );
}

/** `/provider/referrals/:referralId/assign`. */
export const AssignPage = () => (
  <ActionFrame
    title="Assign a caseworker"
    action="assign"
    flash="Caseworker assigned"
    submitText="Assign"
    form={form}
  >
    {() => <CaseworkerRadios />}
  </ActionFrame>
);
