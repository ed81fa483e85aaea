import { useNavigate } from "react-router";
import { createContracts, useContracts } from "../../api/evaluation.ts";
import {
  AppLink,
  BackLink,
  Button,
  ButtonLink,
  InsetText,
  SummaryList,
  Table,
  Tag,
  type TagColour,
} from "../../components/govuk/index.ts";
import { FlashBanner } from "../../components/page/FlashBanner.tsx";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { FormErrorSummary } from "../../forms/FormErrorSummary.tsx";
import { useFormErrors } from "../../forms/form-errors.ts";
import { useSubmit } from "../../forms/use-submit.ts";
import { formatDeadline } from "#shared/time/format-deadline.ts";
import { formatDateTime } from "../../format/format.ts";
import {
  type EvaluationPageData,
  evaluationPath,
  useRefreshEvaluation,
  WithEvaluation,
} from "./with-evaluation.tsx";

const stateTags: Record<EvaluationPageData["evaluation"]["state"], { text: string; colour: TagColour }> = {
  evaluating: { text: "Evaluating", colour: "turquoise" },
  standstill: { text: "Standstill", colour: "yellow" },
  contracted: { text: "Contracts created", colour: "green" },
  unsuccessful: { text: "Unsuccessful", colour: "grey" },
  cancelled: { text: "Cancelled", colour: "red" },
};

const mineTags = {
  "declare-first": { text: "Declare first", colour: "grey" },
  conflict: { text: "Conflict declared", colour: "red" },
  "to-score": { text: "To score", colour: "turquoise" },
  scored: { text: "Scored", colour: "green" },
} as const;

function ScoringQueue({ opportunity, evaluation }: EvaluationPageData) {
  if (!evaluation.youHaveDeclared) {
    return (
      <>
        <p className="govuk-body">
          Before you read any bid, declare whether you have a conflict of interest with each bidder.
        </p>
        <ButtonLink href={evaluationPath(opportunity.id, "/declaration")}>
          Declare conflicts of interest
        </ButtonLink>
      </>
    );
  }
  return (
    <Table
      caption="Your scoring queue"
      captionSize="m"
      firstCellIsHeader
      columns={[
        { key: "bidder", header: "Bidder" },
        { key: "status", header: "Status" },
        { key: "action", header: "Action" },
      ]}
      rows={evaluation.bids.map((bid) => {
        const mine = bid.mine ?? "declare-first";
        return {
          id: bid.organisationId,
          cells: {
            bidder: bid.organisationName,
            status: <Tag colour={mineTags[mine].colour}>{mineTags[mine].text}</Tag>,
            action:
              mine === "to-score" ? (
                <AppLink
                  href={evaluationPath(opportunity.id, `/bids/${bid.organisationId}/score`)}
                  className="govuk-link"
                >
                  Score<span className="govuk-visually-hidden"> the bid from {bid.organisationName}</span>
                </AppLink>
              ) : mine === "scored" ? (
                <AppLink
                  href={evaluationPath(opportunity.id, `/bids/${bid.organisationId}/moderation`)}
                  className="govuk-link"
                >
                  Compare scores<span className="govuk-visually-hidden"> for {bid.organisationName}</span>
                </AppLink>
              ) : (
                "None"
              ),
          },
        };
      })}
    />
  );
}

function LeadProgress({ opportunity, evaluation }: EvaluationPageData) {
  return (
    <Table
      caption="Bids and moderation"
      captionSize="m"
      firstCellIsHeader
      columns={[
        { key: "bidder", header: "Bidder" },
        { key: "sheets", header: "Score sheets in", numeric: true },
        { key: "moderated", header: "Moderated" },
        { key: "action", header: "Action" },
      ]}
      rows={evaluation.bids.map((bid) => ({
        id: bid.organisationId,
        cells: {
          bidder: bid.organisationName,
          sheets: `${bid.sheetsSubmitted ?? 0} of ${bid.sheetsExpected ?? 0}`,
          moderated: bid.moderated ? <Tag colour="green">Moderated</Tag> : <Tag colour="grey">Not yet</Tag>,
          action: (
            <AppLink
              href={evaluationPath(opportunity.id, `/bids/${bid.organisationId}/moderation`)}
              className="govuk-link"
            >
              Moderate<span className="govuk-visually-hidden"> the bid from {bid.organisationName}</span>
            </AppLink>
          ),
        },
      }))}
    />
  );
}

function Contracts({ opportunityId }: { opportunityId: string }) {
  const contracts = useContracts({ opportunityId });
  if (!contracts.data) return null;
  return (
    <ul className="govuk-list">
      {contracts.data.items.map((c) => (
        <li key={c.id}>
          <AppLink href={`/contracts/${c.id}`} className="govuk-link">
            {c.reference}: {c.organisationName}
          </AppLink>
        </li>
      ))}
    </ul>
  );
}

function Outcome({ opportunity, evaluation }: EvaluationPageData) {
  const navigate = useNavigate();
  const refresh = useRefreshEvaluation();
  const { errors, showError } = useFormErrors({});
  const { busy, submit } = useSubmit(showError);
  const awarded = evaluation.bids.filter((b) =>
    evaluation.awardedOrganisationIds?.includes(b.organisationId),
  );
  const onCreate = submit(async () => {
    await createContracts(opportunity.id, evaluation.version);
    await refresh();
    navigate(evaluationPath(opportunity.id), { state: { flash: "Contracts created" } });
  });
  return (
    <>
      <FormErrorSummary errors={errors} />
      <SummaryList
        rows={[
          ...(awarded.length
            ? [{ key: "Awarded to", value: awarded.map((b) => b.organisationName).join(", ") }]
            : []),
          ...(evaluation.decisionReason ? [{ key: "Reason", value: evaluation.decisionReason }] : []),
          ...(evaluation.decidedAt ? [{ key: "Decided", value: formatDateTime(evaluation.decidedAt) }] : []),
          ...(evaluation.standstillEndsAt
            ? [{ key: "Standstill ends", value: formatDateTime(evaluation.standstillEndsAt) }]
            : []),
          ...(evaluation.contractsCreatedAt
            ? [{ key: "Contracts created", value: formatDateTime(evaluation.contractsCreatedAt) }]
            : []),
        ]}
      />
      {evaluation.state === "standstill" && evaluation.youAreLead ? (
        // Offered only when the portal allows it; until then, the page says when (ADR "one life cycle per competition").
        opportunity.lifecycle?.canCreateContracts ? (
          <form noValidate onSubmit={(event) => void onCreate(event)}>
            <Button type="submit" disabled={busy}>
              Create contracts
            </Button>
          </form>
        ) : (
          <InsetText>
            During standstill each bidder can see its own scores and feedback and the winning total.
            {evaluation.standstillEndsAt
              ? ` You can create the contracts after ${formatDeadline(evaluation.standstillEndsAt)}.`
              : " You can create the contracts once standstill has ended."}
          </InsetText>
        )
      ) : null}
      {evaluation.state === "contracted" ? <Contracts opportunityId={opportunity.id} /> : null}
    </>
  );
}

function Hub(data: EvaluationPageData) {
  const { opportunity, evaluation } = data;
  const lead = evaluation.youAreLead;
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
      {lead && evaluation.state === "evaluating" ? (
        <p className="govuk-body">
          <AppLink href={evaluationPath(opportunity.id, "/panel")} className="govuk-link">
            {evaluation.panel.length ? "Change the panel" : "Name the panel"}
          </AppLink>
        </p>
      ) : null}
      {evaluation.youAreEvaluator && evaluation.state === "evaluating" ? <ScoringQueue {...data} /> : null}
      {lead ? <LeadProgress {...data} /> : null}
      {lead ? (
        <>
          <h2 className="govuk-heading-m">Results and outcome</h2>
          <ul className="govuk-list">
            <li>
              <AppLink href={evaluationPath(opportunity.id, "/results")} className="govuk-link">
                Price table and ranked results
              </AppLink>
            </li>
            {evaluation.state === "evaluating" || evaluation.state === "standstill" ? (
              <li>
                <AppLink href={evaluationPath(opportunity.id, "/outcome")} className="govuk-link">
                  {evaluation.state === "evaluating"
                    ? "Award, declare unsuccessful or cancel"
                    : "Cancel the competition"}
                </AppLink>
              </li>
            ) : null}
          </ul>
        </>
      ) : null}
      {evaluation.state !== "evaluating" ? <Outcome {...data} /> : null}
    </>
  );
}

/** `/opportunities/:opportunityId/evaluation`: the panel, the scoring queue, moderation progress and the outcome. */
export function EvaluationPage() {
  return <WithEvaluation title="Evaluation" render={(data) => <Hub {...data} />} />;
}
