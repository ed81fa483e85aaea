import { maxPlanSessions, planSessionLimitText } from "#shared/referrals/action-plan.ts";
import { actionPlanInputSchema } from "#shared/referrals/delivery.ts";
import type { Referral } from "#shared/referrals/referral.ts";
import { useIntervention } from "../../../api/evaluation.ts";
import { FormTextarea, FormTextInput } from "../../../forms/fields.tsx";
import { type ActionForm, ActionFrame } from "./ActionFrame.tsx";
import { type ActionPlanValues, actionPlanDefaults, actionPlanRequest } from "./delivery-forms.ts";

const form: ActionForm<ActionPlanValues, unknown> = {
  schema: actionPlanInputSchema,
  defaults: actionPlanDefaults,
  toRequest: actionPlanRequest,
  fields: ["activities", "sessions"],
};

function PlanFields({ referral }: { referral: Referral }) {
  const contracted = useIntervention(referral.interventionId).data?.sessions ?? 0;
  return (
    <>
      <p className="govuk-body">
        The plan is approved when you submit it. A new version can add sessions but not take them away.
      </p>
      <FormTextarea name="activities" label="Activities" hint="One activity on each line" />
      <FormTextInput
        name="sessions"
        label="Number of sessions"
        {...(contracted > 0
          ? {
              hint: `For this intervention: ${planSessionLimitText(contracted)}. Enter ${maxPlanSessions(contracted)} or fewer.`,
            }
          : {})}
        width="3"
        inputMode="numeric"
      />
    </>
  );
}

/** `/provider/referrals/:referralId/action-plan`: submit or revise the action plan. */
export const ActionPlanPage = () => (
  <ActionFrame
    title="Action plan"
    action="action-plan"
    flash="Action plan submitted and approved"
    submitText="Submit action plan"
    form={form}
  >
    {(referral) => <PlanFields referral={referral} />}
  </ActionFrame>
);
