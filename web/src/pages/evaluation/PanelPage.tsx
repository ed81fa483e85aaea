import { useState } from "react";
import { useNavigate } from "react-router";
import { assignPanel, usePanelCandidates } from "../../api/evaluation.ts";
import { BackLink, Button, Checkboxes } from "../../components/govuk/index.ts";
import { Loading } from "../../components/page/Loading.tsx";
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

const title = "Name the evaluation panel";
const links = { evaluatorIds: "#evaluatorIds" };

function PanelForm({ opportunity, evaluation }: EvaluationPageData) {
  const navigate = useNavigate();
  const refresh = useRefreshEvaluation();
  const candidates = usePanelCandidates(opportunity.id);
  const [selected, setSelected] = useState(evaluation.panel.map((m) => m.userId));
  const { errors, showError } = useFormErrors(links);
  const { busy, submit } = useSubmit(showError);
  const back = evaluationPath(opportunity.id);
  const onSubmit = submit(async () => {
    if (selected.length === 0) {
      throw invalidInBrowser([{ path: "evaluatorIds", message: "Select at least one evaluator" }]);
    }
    await assignPanel(opportunity.id, selected, evaluation.version);
    await refresh();
    navigate(back, { state: { flash: "Panel saved" } });
  });
  return (
    <>
      <BackLink href={back} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <FormErrorSummary errors={errors} />
          <PageHeading caption={opportunity.title}>{title}</PageHeading>
          {candidates.data ? (
            <form noValidate onSubmit={(event) => void onSubmit(event)}>
              <Checkboxes
                name="evaluatorIds"
                legend="Who will evaluate the bids?"
                hint="Commissioners who cover this opportunity's regions. Each evaluator declares any conflict of interest before reading the bids."
                error={errors?.fields.evaluatorIds}
                items={candidates.data.items.map((c) => ({
                  value: c.userId,
                  text: c.name,
                  ...(c.jobTitle ? { hint: c.jobTitle } : {}),
                }))}
                values={selected}
                onChange={setSelected}
              />
              <Button type="submit" disabled={busy}>
                Save the panel
              </Button>
            </form>
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
