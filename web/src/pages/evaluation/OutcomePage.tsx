import { useState } from "react";
import { useNavigate } from "react-router";
import type { DecideOutcomeInput } from "#shared/evaluation/evaluation.ts";
import { decideOutcome, useResults } from "../../api/evaluation.ts";
import { BackLink, Button, Checkboxes, Radios, Textarea, WarningText } from "../../components/govuk/index.ts";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { FormErrorSummary } from "../../forms/FormErrorSummary.tsx";
import { useFormErrors } from "../../forms/form-errors.ts";
import { useSubmit } from "../../forms/use-submit.ts";
import {
  type EvaluationPageData,
  evaluationPath,
  formatPoints,
  invalidInBrowser,
  useRefreshEvaluation,
  WithEvaluation,
} from "./with-evaluation.tsx";

const title = "Decide the outcome";
const links = { decision: "#decision", organisationIds: "#organisationIds", reason: "#reason" };

function OutcomeForm({ opportunity, evaluation }: EvaluationPageData) {
  const navigate = useNavigate();
  const refresh = useRefreshEvaluation();
  const results = useResults(opportunity.id);
  const [decision, setDecision] = useState<string | undefined>(
    evaluation.state === "standstill" ? "cancel" : undefined,
  );
  const [awarded, setAwarded] = useState<string[]>([]);
  const [reason, setReason] = useState("");
  const { errors, showError } = useFormErrors(links);
  const { busy, submit } = useSubmit(showError);
  const back = evaluationPath(opportunity.id);
  const passing = (results.data?.ranking ?? []).filter((r) => r.passesQualityThreshold);

  const onSubmit = submit(async () => {
    if (!decision) {
      throw invalidInBrowser([{ path: "decision", message: "Select award, unsuccessful or cancel" }]);
    }
    const input =
      decision === "award"
        ? { decision, organisationIds: awarded, reason, version: evaluation.version }
        : { decision, reason, version: evaluation.version };
    await decideOutcome(opportunity.id, input as DecideOutcomeInput);
    await refresh();
    navigate(back, {
      state: {
        flash:
          decision === "award"
            ? "Contract awarded: the standstill period has started"
            : decision === "cancel"
              ? "Competition cancelled"
              : "Competition declared unsuccessful",
      },
    });
  });

  return (
    <>
      <BackLink href={back} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <FormErrorSummary errors={errors} />
          <PageHeading caption={opportunity.title}>{title}</PageHeading>
          <form noValidate onSubmit={(event) => void onSubmit(event)}>
            <Radios
              name="decision"
              legend="What is the outcome of this competition?"
              error={errors?.fields.decision}
              value={decision}
              onChange={setDecision}
              items={[
                ...(evaluation.state === "evaluating"
                  ? [
                      {
                        value: "award",
                        text: "Award",
                        hint: "Starts a standstill period of 8 working days before the contracts are created.",
                        conditional: (
                          <Checkboxes
                            name="organisationIds"
                            legend="Award to"
                            legendSize="s"
                            hint="Only bids that passed the quality threshold. Select more than one when the capacity needs it."
                            error={errors?.fields.organisationIds}
                            items={passing.map((r) => ({
                              value: r.organisationId,
                              text: `${r.organisationName} (rank ${r.rank}, total ${formatPoints(r.total)})`,
                            }))}
                            values={awarded}
                            onChange={setAwarded}
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
            <Textarea
              id="reason"
              label="Reason"
              labelClassName="govuk-label--m"
              hint="Bidders will see this."
              value={reason}
              onChange={setReason}
              error={errors?.fields.reason}
            />
            <WarningText>This decision cannot be undone.</WarningText>
            <Button type="submit" disabled={busy}>
              Confirm the outcome
            </Button>
          </form>
        </div>
      </div>
    </>
  );
}

/** `/opportunities/:opportunityId/evaluation/outcome`: award, declare unsuccessful or cancel, with a reason. */
export function OutcomePage() {
  return <WithEvaluation title={title} render={(data) => <OutcomeForm {...data} />} />;
}
