import { useParams } from "react-router";
import { planStatusText } from "#shared/contracts/improvement.ts";
import { usePlan } from "../../api/contract-reviews.ts";
import { useContract } from "../../api/evaluation.ts";
import { useMe } from "../../api/queries.ts";
import { BackLink } from "../../components/govuk/journey.ts";
import { SummaryList, Table, Tag } from "../../components/govuk/index.ts";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { usePageTitle } from "../../components/page/page-title.ts";
import { settle } from "../../components/page/query-state.tsx";
import { formatDate, formatDateTime } from "../../format/format.ts";
import { ContractTabs } from "./ContractTabs.tsx";
import { ClosePlanForm, ProgressForm, ReviewPlanForm, SubmitActionsForm } from "./PlanForms.tsx";
import { planForms } from "./reviews.presenter.ts";

const stateText = { "not-started": "Not started", "in-progress": "In progress", done: "Done" };
const outcomeText = {
  improved: "Improved",
  "partly-improved": "Partly improved",
  "not-improved": "Not improved",
};

/** `/contracts/:contractId/performance/plans/:period`: the improvement plan a quarter's rating opened. */
export function ImprovementPlanPage() {
  const { contractId = "", period = "" } = useParams();
  const contract = useContract(contractId);
  const plan = usePlan(contractId, period);
  const me = useMe();
  const state = settle(contract, plan, me);
  usePageTitle(state.title ?? `Improvement plan for ${period}`);
  if (!state.ready) return state.view;
  const [c, p, who] = state.data;
  const forms = planForms(p, who.user.role);
  return (
    <>
      <BackLink href={`/contracts/${c.id}/performance`} />
      <PageHeading caption={`Contract ${c.reference}`}>Improvement plan for {p.period}</PageHeading>
      <ContractTabs contract={c} current="/performance" />
      <p className="govuk-body">
        <Tag colour={p.status === "closed" ? "green" : "yellow"}>{planStatusText[p.status]}</Tag>
      </p>
      <SummaryList
        rows={[
          {
            key: "Opened",
            value: `${formatDateTime(p.openedAt)}, after a rating of ${p.rating.replace("-", " ")}`,
          },
          ...p.reviews.map((r, i) => ({
            key: `Answer ${i + 1}`,
            value: `${r.outcome === "agreed" ? "Agreed" : "Sent back"} by ${r.by.name}${r.comments ? `: ${r.comments}` : ""}`,
          })),
          ...(p.closure
            ? [
                {
                  key: "Outcome",
                  value: `${outcomeText[p.closure.outcome]}: ${p.closure.summary} (${p.closure.by.name})`,
                },
              ]
            : []),
        ]}
      />
      {p.actions.length ? (
        <Table
          caption="Actions"
          captionSize="m"
          firstCellIsHeader
          columns={[
            { key: "number", header: "Action" },
            { key: "what", header: "What will be done" },
            { key: "owner", header: "Owner" },
            { key: "due", header: "Due" },
            { key: "state", header: "Progress" },
          ]}
          rows={p.actions.map((a) => ({
            id: String(a.number),
            cells: {
              number: String(a.number),
              what: a.what,
              owner: a.owner,
              due: formatDate(a.dueDate),
              state: [
                stateText[a.state],
                ...a.progress.map((x) => `${x.note} (${formatDateTime(x.at)})`),
              ].join(" — "),
            },
          }))}
        />
      ) : (
        <p className="govuk-body">The provider has not submitted its actions yet.</p>
      )}
      {forms.submit ? <SubmitActionsForm key={p.version} contract={c} plan={p} /> : null}
      {forms.review ? <ReviewPlanForm key={p.version} contract={c} plan={p} /> : null}
      {forms.progress ? <ProgressForm key={p.version} contract={c} plan={p} /> : null}
      {forms.close ? <ClosePlanForm key={`close-${p.version}`} contract={c} plan={p} /> : null}
    </>
  );
}
