import { useParams } from "react-router";
import { useMySummary } from "../../api/notices.ts";
import { BackLink } from "../../components/govuk/journey.ts";
import { Button, InsetText, SummaryList, Table } from "../../components/govuk/index.ts";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { usePageTitle } from "../../components/page/page-title.ts";
import { settle } from "../../components/page/query-state.tsx";
import { formatDateTime } from "../../format/format.ts";
import { formatPoints, scoreText } from "../evaluation/with-evaluation.tsx";

const title = "Your assessment summary";

/** `/opportunities/:opportunityId/bid/assessment-summary`: the bidder's s.50 summary, to read and print. */
export function AssessmentSummaryPage() {
  const { opportunityId = "" } = useParams();
  const state = settle(useMySummary(opportunityId));
  usePageTitle(state.title ?? title);
  if (!state.ready) return state.view;
  const [s] = state.data;
  return (
    <>
      <BackLink href={`/opportunities/${opportunityId}/bid/result`} />
      <PageHeading caption={s.opportunityTitle}>{title}</PageHeading>
      <InsetText>
        {s.outcome === "awarded" ? "Your bid has been awarded." : "Your bid was not awarded."}
      </InsetText>
      <SummaryList
        rows={[
          { key: "Bidder", value: s.organisationName },
          { key: "Sent", value: formatDateTime(s.sentAt) },
          { key: "Your total", value: `${formatPoints(s.yourTotal)} out of 100` },
          { key: "The winning bid's total", value: `${formatPoints(s.winningTotal)} out of 100` },
          { key: "Your price score", value: formatPoints(s.yourPriceScore) },
          { key: "The winning bid's price score", value: formatPoints(s.winningPriceScore) },
          {
            key: "Standstill period ends",
            value: s.standstillEndsAt
              ? formatDateTime(s.standstillEndsAt)
              : "8 working days after the contract award notice is published (not yet published)",
          },
        ]}
      />
      <Table
        caption="Each criterion: your score and the winning bid's"
        captionSize="m"
        firstCellIsHeader
        columns={[
          { key: "criterion", header: "Criterion" },
          { key: "yours", header: "Your score and reasons" },
          { key: "winning", header: "The winning bid's score and why" },
        ]}
        rows={s.criteria.map((c) => ({
          id: c.id,
          cells: {
            criterion: `${c.label} (${c.weight}%)`,
            yours: `${scoreText(c.yourScore)}, ${formatPoints(c.yourPoints)} points. ${c.yourReasons}`,
            winning: `${scoreText(c.winningScore)}, ${formatPoints(c.winningPoints)} points. ${c.winningReasons}`,
          },
        }))}
      />
      <h2 className="govuk-heading-m">Questions about this summary</h2>
      <p className="govuk-body">{s.questions}</p>
      <Button variant="secondary" onClick={() => window.print()}>
        Print this summary
      </Button>
    </>
  );
}
