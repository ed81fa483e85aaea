import { useCallback } from "react";
import { useParams } from "react-router";
import { actionPlanReviewInputSchema } from "#shared/referrals/action-plan.ts";
import type { Referral } from "#shared/referrals/referral.ts";
import { referralAction, useReferral } from "../../api/referrals.ts";
import { BackLink } from "../../components/govuk/journey.ts";
import { Button } from "../../components/govuk/index.ts";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { usePageTitle } from "../../components/page/page-title.ts";
import { settle } from "../../components/page/query-state.tsx";
import { formatDateTime } from "../../format/format.ts";
import { FormRadios, FormTextarea } from "../../forms/fields.tsx";
import { FormErrorSummary } from "../../forms/FormErrorSummary.tsx";
import { GovForm } from "../../forms/GovForm.tsx";
import { useGovForm } from "../../forms/use-gov-form.ts";
import { ActionPlanSummary } from "./ActionPlanSummary.tsx";
import { personName } from "./referral-words.ts";
import { useAfterReferralChange } from "./use-referral-action.ts";

const title = "Review the action plan";
const fields = ["decision", "comments"] as const;
const defaultValues: { decision: string | undefined; comments: string } = {
  decision: undefined,
  comments: "",
};

function ReviewForm({ referral }: { referral: Referral }) {
  const waiting = referral.actionPlans.find((p) => p.status === "awaiting-approval");
  const toRequest = useCallback(
    (v: typeof defaultValues) => ({ ...v, planVersion: waiting?.version ?? 0, version: referral.version }),
    [waiting?.version, referral.version],
  );
  const review = useGovForm({ schema: actionPlanReviewInputSchema, toRequest, defaultValues, fields });
  const done = useAfterReferralChange();
  const back = `/referrals/${referral.id}`;
  usePageTitle(review.errors ? `Error: ${title}` : title);
  const onSubmit = review.submit(async (request) => {
    await referralAction(referral.id, "action-plan/review", request);
    await done(back, request.decision === "approve" ? "Action plan approved" : "Changes asked for");
  });
  return (
    <>
      <BackLink href={back}>Back to the referral</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <FormErrorSummary errors={review.errors} />
          <PageHeading caption={`${personName(referral)} – ${referral.reference ?? ""}`}>{title}</PageHeading>
          <ActionPlanSummary referral={referral} />
          {waiting ? (
            <GovForm form={review} onSubmit={onSubmit}>
              <p className="govuk-body">Your decision is due by {formatDateTime(waiting.approvalDueAt)}.</p>
              <FormRadios
                name="decision"
                legend={`Do you approve version ${waiting.version}?`}
                items={[
                  { value: "approve", text: "Yes, approve it" },
                  { value: "request-changes", text: "No, ask for changes" },
                ]}
              />
              <FormTextarea
                name="comments"
                label="Comments for the provider"
                hint="Needed when you ask for changes: say what to change."
                rows={4}
              />
              <Button type="submit" disabled={review.busy}>
                Send decision
              </Button>
            </GovForm>
          ) : (
            <p className="govuk-body">There is no action plan waiting for your approval.</p>
          )}
        </div>
      </div>
    </>
  );
}

/** `/referrals/:referralId/action-plan`: approve the action plan waiting for approval, or ask for changes. */
export function ReviewActionPlanPage() {
  const { referralId = "" } = useParams();
  const referral = useReferral(referralId);
  const state = settle(referral);
  usePageTitle(state.title ?? title);
  if (!state.ready) return state.view;
  return <ReviewForm referral={state.data[0]} />;
}
