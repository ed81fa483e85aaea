import { useMemo } from "react";
import { useNavigate } from "react-router";
import { declareConflictsSchema } from "#shared/evaluation/evaluation.ts";
import { declareConflicts } from "../../api/evaluation.ts";
import { Button, InsetText } from "../../components/govuk/index.ts";
import { BackLink } from "../../components/govuk/journey.ts";
import { Radios } from "../../components/govuk/fields.ts";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { FormField, FormTextarea } from "../../forms/fields.tsx";
import { FormErrorSummary } from "../../forms/FormErrorSummary.tsx";
import { GovForm } from "../../forms/GovForm.tsx";
import { useGovForm } from "../../forms/use-gov-form.ts";
import {
  declarationLinks,
  declarationMessages,
  declarationRequest,
  declarationValues,
} from "./declaration-form.ts";
import {
  type EvaluationPageData,
  evaluationPath,
  useRefreshEvaluation,
  WithEvaluation,
} from "./with-evaluation.tsx";

const title = "Declare conflicts of interest";

function DeclarationForm({ opportunity, evaluation }: EvaluationPageData) {
  const navigate = useNavigate();
  const refresh = useRefreshEvaluation();
  const bids = evaluation.bids;
  const form = useGovForm({
    schema: declareConflictsSchema,
    defaultValues: declarationValues(bids),
    toRequest: declarationRequest,
    fields: useMemo(() => declarationLinks(bids), [bids]),
    messageFor: useMemo(() => declarationMessages(bids), [bids]),
  });
  const back = evaluationPath(opportunity.id);
  const onSubmit = form.submit(async ({ bidders }) => {
    await declareConflicts(opportunity.id, bidders);
    await refresh();
    navigate(back, { state: { flash: "Declaration recorded" } });
  });

  return (
    <>
      <BackLink href={back} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <FormErrorSummary errors={form.errors} />
          <PageHeading caption={opportunity.title}>{title}</PageHeading>
          {evaluation.youHaveDeclared ? (
            <InsetText>You have already made your declaration for this competition.</InsetText>
          ) : (
            <GovForm form={form} onSubmit={onSubmit}>
              <p className="govuk-body">
                A conflict of interest is any connection that could affect, or look as if it affects, how you
                score a bid: for example working for, volunteering with or being related to someone at the
                bidder. If you declare a conflict you will not see or score that bid.
              </p>
              {bids.map((b, i) => (
                <FormField<string | undefined>
                  key={b.organisationId}
                  name={`bidders.${i}.conflict`}
                  render={({ value, onChange, error }) => (
                    <Radios
                      name={`conflict-${b.organisationId}`}
                      legend={`Do you have a conflict of interest with ${b.organisationName}?`}
                      legendSize="s"
                      error={error}
                      value={value}
                      onChange={onChange}
                      items={[
                        { value: "no", text: "No" },
                        {
                          value: "yes",
                          text: "Yes",
                          conditional: (
                            <FormTextarea
                              name={`bidders.${i}.details`}
                              id={`details-${b.organisationId}`}
                              label="Describe the conflict"
                              rows={3}
                            />
                          ),
                        },
                      ]}
                    />
                  )}
                />
              ))}
              <Button type="submit" disabled={form.busy}>
                Confirm declaration
              </Button>
            </GovForm>
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
