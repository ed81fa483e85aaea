import { useState } from "react";
import { useNavigate } from "react-router";
import { declareConflicts } from "../../api/evaluation.ts";
import { BackLink, Button, InsetText, Radios, Textarea } from "../../components/govuk/index.ts";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { FormErrorSummary } from "../../forms/FormErrorSummary.tsx";
import { useFormErrors } from "../../forms/form-errors.ts";
import { useSubmit } from "../../forms/use-submit.ts";
import {
  type EvaluationPageData,
  evaluationPath,
  invalidInBrowser,
  useRefreshEvaluation,
  WithEvaluation,
} from "./with-evaluation.tsx";

const title = "Declare conflicts of interest";

function DeclarationForm({ opportunity, evaluation }: EvaluationPageData) {
  const navigate = useNavigate();
  const refresh = useRefreshEvaluation();
  const [answers, setAnswers] = useState<Record<string, { conflict?: boolean; details: string }>>({});
  const links = Object.fromEntries(
    evaluation.bids.flatMap((b, i) => [
      [`bidders.${i}.conflict`, `#conflict-${b.organisationId}`],
      [`bidders.${i}.details`, `#details-${b.organisationId}`],
    ]),
  );
  const { errors, showError } = useFormErrors(links);
  const { busy, submit } = useSubmit(showError);
  const back = evaluationPath(opportunity.id);
  const onSubmit = submit(async () => {
    const missing = evaluation.bids.flatMap((b, i) =>
      answers[b.organisationId]?.conflict === undefined
        ? [
            {
              path: `bidders.${i}.conflict`,
              message: `Say whether you have a conflict of interest with ${b.organisationName}`,
            },
          ]
        : [],
    );
    if (missing.length) {
      throw invalidInBrowser(missing);
    }
    await declareConflicts(
      opportunity.id,
      evaluation.bids.map((b) => {
        const answer = answers[b.organisationId]!;
        return {
          organisationId: b.organisationId,
          conflict: answer.conflict === true,
          ...(answer.conflict ? { details: answer.details } : {}),
        };
      }),
    );
    await refresh();
    navigate(back, { state: { flash: "Declaration recorded" } });
  });
  const set = (org: string, change: Partial<{ conflict: boolean; details: string }>) =>
    setAnswers((all) => ({ ...all, [org]: { details: "", ...all[org], ...change } }));

  return (
    <>
      <BackLink href={back} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <FormErrorSummary errors={errors} />
          <PageHeading caption={opportunity.title}>{title}</PageHeading>
          {evaluation.youHaveDeclared ? (
            <InsetText>You have already made your declaration for this competition.</InsetText>
          ) : (
            <form noValidate onSubmit={(event) => void onSubmit(event)}>
              <p className="govuk-body">
                A conflict of interest is any connection that could affect, or look as if it affects, how you
                score a bid: for example working for, volunteering with or being related to someone at the
                bidder. If you declare a conflict you will not see or score that bid.
              </p>
              {evaluation.bids.map((b, i) => (
                <Radios
                  key={b.organisationId}
                  name={`conflict-${b.organisationId}`}
                  legend={`Do you have a conflict of interest with ${b.organisationName}?`}
                  legendSize="s"
                  error={errors?.fields[`bidders.${i}.conflict`]}
                  value={
                    answers[b.organisationId]?.conflict === undefined
                      ? undefined
                      : answers[b.organisationId]?.conflict
                        ? "yes"
                        : "no"
                  }
                  onChange={(v) => set(b.organisationId, { conflict: v === "yes" })}
                  items={[
                    { value: "no", text: "No" },
                    {
                      value: "yes",
                      text: "Yes",
                      conditional: (
                        <Textarea
                          id={`details-${b.organisationId}`}
                          label="Describe the conflict"
                          value={answers[b.organisationId]?.details ?? ""}
                          onChange={(v) => set(b.organisationId, { details: v })}
                          error={errors?.fields[`bidders.${i}.details`]}
                          rows={3}
                        />
                      ),
                    },
                  ]}
                />
              ))}
              <Button type="submit" disabled={busy}>
                Confirm declaration
              </Button>
            </form>
          )}
        </div>
      </div>
    </>
  );
}

/** `/opportunities/:opportunityId/evaluation/declaration`: an evaluator declares before reading any bid. */
export function DeclarationPage() {
  return <WithEvaluation title={title} render={(data) => <DeclarationForm {...data} />} />;
}
