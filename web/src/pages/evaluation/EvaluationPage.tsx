import { AppLink, Table, Tag, type TagColour } from "../../components/govuk/index.ts";
import { BackLink } from "../../components/govuk/journey.ts";
import { FlashBanner } from "../../components/page/FlashBanner.tsx";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { evaluationHubView } from "./evaluation-hub.presenter.ts";
import { LeadProgress, ScoringQueue } from "./EvaluationTables.tsx";
import { OutcomeSummary } from "./OutcomeSummary.tsx";
import { type EvaluationPageData, evaluationPath, WithEvaluation } from "./with-evaluation.tsx";

const stateTags: Record<EvaluationPageData["evaluation"]["state"], { text: string; colour: TagColour }> = {
  evaluating: { text: "Evaluating", colour: "turquoise" },
  standstill: { text: "Standstill", colour: "yellow" },
  contracted: { text: "Contracts created", colour: "green" },
  unsuccessful: { text: "Unsuccessful", colour: "grey" },
  cancelled: { text: "Cancelled", colour: "red" },
};

function Hub(data: EvaluationPageData) {
  const { opportunity, evaluation } = data;
  const view = evaluationHubView(opportunity, evaluation);
  return (
    <>
      <BackLink href={`/opportunities/${opportunity.id}`} />
      <FlashBanner />
      <PageHeading caption={opportunity.title}>Evaluation</PageHeading>
      <p className="govuk-body">
        <Tag colour={stateTags[evaluation.state].colour}>{stateTags[evaluation.state].text}</Tag>
      </p>
      <h2 className="govuk-heading-m">Panel</h2>
      {evaluation.panel.length ? (
        <Table
          caption="Evaluators"
          captionSize="s"
          firstCellIsHeader
          columns={[
            { key: "name", header: "Evaluator" },
            { key: "declared", header: "Declaration of interests" },
          ]}
          rows={evaluation.panel.map((m) => ({
            id: m.userId,
            cells: { name: m.name, declared: m.declared ? "Made" : "Not made yet" },
          }))}
        />
      ) : (
        <p className="govuk-body">No evaluators have been named yet.</p>
      )}
      {view.panelLink ? (
        <p className="govuk-body">
          <AppLink href={evaluationPath(opportunity.id, "/panel")} className="govuk-link">
            {view.panelLink}
          </AppLink>
        </p>
      ) : null}
      {view.scoringQueue ? <ScoringQueue {...data} /> : null}
      {view.leadSections ? <LeadProgress {...data} /> : null}
      {view.leadSections ? (
        <>
          <h2 className="govuk-heading-m">Results and outcome</h2>
          <ul className="govuk-list">
            <li>
              <AppLink href={evaluationPath(opportunity.id, "/results")} className="govuk-link">
                Price table and ranked results
              </AppLink>
            </li>
            {view.outcomeLink ? (
              <li>
                <AppLink href={evaluationPath(opportunity.id, "/outcome")} className="govuk-link">
                  {view.outcomeLink}
                </AppLink>
              </li>
            ) : null}
            <li>
              <AppLink href={`/procurements/${opportunity.id}/notices`} className="govuk-link">
                Notices and assessment summaries
              </AppLink>
            </li>
          </ul>
        </>
      ) : null}
      {view.outcome ? <OutcomeSummary {...data} /> : null}
    </>
  );
}

/** `/opportunities/:opportunityId/evaluation`: the panel, the scoring queue, moderation progress and the outcome. */
export function EvaluationPage() {
  return <WithEvaluation title="Evaluation" render={(data) => <Hub {...data} />} />;
}
