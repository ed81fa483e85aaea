import { useMemo } from "react";
import { useNavigate } from "react-router";
import { decideOutcomeSchema } from "#shared/evaluation/evaluation.ts";
import { decideOutcome, useResults } from "../../api/evaluation.ts";
import { Button } from "../../components/govuk/index.ts";
import { BackLink, WarningText } from "../../components/govuk/journey.ts";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { FormCheckboxes, FormRadios, FormTextarea } from "../../forms/fields.tsx";
import { FormErrorSummary } from "../../forms/FormErrorSummary.tsx";
import { GovForm } from "../../forms/GovForm.tsx";
import { useGovForm } from "../../forms/use-gov-form.ts";
import { outcomeFlash, outcomeRequest, outcomeValues } from "./outcome-form.ts";
import {
  type EvaluationPageData,
  evaluationPath,
  formatPoints,
  useRefreshEvaluation,
  WithEvaluation,
} from "./with-evaluation.tsx";

const title = "Decide the outcome";
const fields = ["decision", "organisationIds", "reason"] as const;

function OutcomeForm({ opportunity, evaluation }: EvaluationPageData) {
  const navigate = useNavigate();
  const refresh = useRefreshEvaluation();
  const results = useResults(opportunity.id);
  const form = useGovForm({
    schema: decideOutcomeSchema,
    defaultValues: outcomeValues(evaluation.state),
    toRequest: useMemo(() => outcomeRequest(evaluation.version), [evaluation.version]),
    fields,
  });
  const back = evaluationPath(opportunity.id);
  const passing = (results.data?.ranking ?? []).filter((r) => r.passesQualityThreshold);

  const onSubmit = form.submit(async (input) => {
    await decideOutcome(opportunity.id, input);
    await refresh();
    navigate(back, { state: { flash: outcomeFlash(input.decision) } });
  });

  return (
    <>
      <BackLink href={back} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <FormErrorSummary errors={form.errors} />
          <PageHeading caption={opportunity.title}>{title}</PageHeading>
          <GovForm form={form} onSubmit={onSubmit}>
            <FormRadios
              name="decision"
              legend="What is the outcome of this competition?"
              items={[
                ...(evaluation.state === "evaluating"
                  ? [
                      {
                        value: "award",
                        text: "Award",
                        hint: "The standstill period of 8 working days starts when the contract award notice is published.",
                        conditional: (
                          <FormCheckboxes
                            name="organisationIds"
                            legend="Award to"
                            legendSize="s"
                            hint="Only bids that passed the quality threshold. Select more than one when the capacity needs it."
                            items={passing.map((r) => ({
                              value: r.organisationId,
                              text: `${r.organisationName} (rank ${r.rank}, total ${formatPoints(r.total)})`,
                            }))}
                          />
                        ),
                      },
                      {
                        value: "unsuccessful",
                        text: "Declare the competition unsuccessful",
                        hint: "No bid is awarded; every bidder is told.",
                      },
                    ]
                  : []),
                { value: "cancel", text: "Cancel the competition" },
              ]}
            />
            <FormTextarea
              name="reason"
              label="Reason"
              labelClassName="govuk-label--m"
              hint="Bidders will see this."
            />
            <WarningText>This decision cannot be undone.</WarningText>
            <Button type="submit" disabled={form.busy}>
              Confirm the outcome
            </Button>
          </GovForm>
        </div>
      </div>
    </>
  );
}

/** `/opportunities/:opportunityId/evaluation/outcome`: award, declare unsuccessful or cancel, with a reason. */
export function OutcomePage() {
  return <WithEvaluation title={title} render={(data) => <OutcomeForm {...data} />} />;
}
