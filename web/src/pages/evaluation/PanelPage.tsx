import { useMemo } from "react";
import { useNavigate } from "react-router";
import { assignPanelSchema } from "#shared/evaluation/evaluation.ts";
import { assignPanel, usePanelCandidates } from "../../api/evaluation.ts";
import { Button } from "../../components/govuk/index.ts";
import { BackLink } from "../../components/govuk/journey.ts";
import { Loading } from "../../components/page/Loading.tsx";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { FormCheckboxes } from "../../forms/fields.tsx";
import { FormErrorSummary } from "../../forms/FormErrorSummary.tsx";
import { GovForm } from "../../forms/GovForm.tsx";
import { useGovForm } from "../../forms/use-gov-form.ts";
import {
  type EvaluationPageData,
  evaluationPath,
  useRefreshEvaluation,
  WithEvaluation,
} from "./with-evaluation.tsx";

const title = "Name the evaluation panel";
const fields = ["evaluatorIds"] as const;

function PanelForm({ opportunity, evaluation }: EvaluationPageData) {
  const navigate = useNavigate();
  const refresh = useRefreshEvaluation();
  const candidates = usePanelCandidates(opportunity.id);
  const form = useGovForm({
    schema: assignPanelSchema,
    defaultValues: { evaluatorIds: evaluation.panel.map((m) => m.userId) },
    toRequest: useMemo(
      () =>
        ({ evaluatorIds }: { evaluatorIds: string[] }) => ({ evaluatorIds, version: evaluation.version }),
      [evaluation.version],
    ),
    fields,
  });
  const back = evaluationPath(opportunity.id);
  const onSubmit = form.submit(async ({ evaluatorIds, version }) => {
    await assignPanel(opportunity.id, evaluatorIds, version);
    await refresh();
    navigate(back, { state: { flash: "Panel saved" } });
  });
  return (
    <>
      <BackLink href={back} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <FormErrorSummary errors={form.errors} />
          <PageHeading caption={opportunity.title}>{title}</PageHeading>
          {candidates.data ? (
            <GovForm form={form} onSubmit={onSubmit}>
              <FormCheckboxes
                name="evaluatorIds"
                legend="Who will evaluate the bids?"
                hint="Commissioners who cover this opportunity's regions. Each evaluator declares any conflict of interest before reading the bids."
                items={candidates.data.items.map((c) => ({
                  value: c.userId,
                  text: c.name,
                  ...(c.jobTitle ? { hint: c.jobTitle } : {}),
                }))}
              />
              <Button type="submit" disabled={form.busy}>
                Save the panel
              </Button>
            </GovForm>
          ) : (
            <Loading what="commissioners" />
          )}
        </div>
      </div>
    </>
  );
}

/** `/opportunities/:opportunityId/evaluation/panel`: the lead names the evaluators. */
export function PanelPage() {
  return <WithEvaluation title={title} render={(data) => <PanelForm {...data} />} />;
}
