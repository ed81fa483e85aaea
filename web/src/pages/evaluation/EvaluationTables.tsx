import { AppLink, ButtonLink, Table, Tag } from "../../components/govuk/index.ts";
import { queueAction } from "./evaluation-hub.presenter.ts";
import { type EvaluationPageData, evaluationPath } from "./with-evaluation.tsx";

const mineTags = {
  "declare-first": { text: "Declare first", colour: "grey" },
  conflict: { text: "Conflict declared", colour: "red" },
  "to-score": { text: "To score", colour: "turquoise" },
  scored: { text: "Scored", colour: "green" },
} as const;

/** An evaluator's queue: declare first, then score each bid and compare once scored. */
export function ScoringQueue({ opportunity, evaluation }: EvaluationPageData) {
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
              queueAction(mine) === "score" ? (
                <AppLink
                  href={evaluationPath(opportunity.id, `/bids/${bid.organisationId}/score`)}
                  className="govuk-link"
                >
                  Score<span className="govuk-visually-hidden"> the bid from {bid.organisationName}</span>
                </AppLink>
              ) : queueAction(mine) === "compare" ? (
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

/** The lead's view of score sheets and moderation, bid by bid. */
export function LeadProgress({ opportunity, evaluation }: EvaluationPageData) {
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
