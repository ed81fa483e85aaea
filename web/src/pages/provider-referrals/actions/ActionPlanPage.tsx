import { maxPlanSessions, planSessionLimitText } from "#shared/referrals/action-plan.ts";
import { actionPlanInputSchema } from "#shared/referrals/delivery.ts";
import type { Referral } from "#shared/referrals/referral.ts";
import { useIntervention } from "../../../api/evaluation.ts";
import { InsetText } from "../../../components/govuk/index.ts";
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
  const latest = referral.actionPlans.at(-1);
  const sentBack = latest?.status === "changes-requested" ? latest : undefined;
  return (
    <>
      {sentBack?.review?.comments ? (
        <InsetText>
          {sentBack.review.by.name} asked for changes to version {sentBack.version}:{" "}
          {sentBack.review.comments}
        </InsetText>
      ) : null}
      <p className="govuk-body">
        The responsible officer approves the plan or asks for changes within 5 working days. You can schedule
        sessions once it is approved.
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
    flash="Action plan submitted for approval"
    submitText="Submit for approval"
    form={form}
  >
    {(referral) => <PlanFields referral={referral} />}
  </ActionFrame>
);
