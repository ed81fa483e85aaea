import { useParams } from "react-router";
import { useMyResult } from "../../api/evaluation.ts";
import { AppLink, InsetText, SummaryList, Table } from "../../components/govuk/index.ts";
import { BackLink } from "../../components/govuk/journey.ts";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { usePageTitle } from "../../components/page/page-title.ts";
import { settle } from "../../components/page/query-state.tsx";
import { formatDateTime, formatPence } from "../../format/format.ts";
import { formatPoints, scoreText } from "./with-evaluation.tsx";

const title = "Your result";
const outcomes = {
  awarded: "Your bid has been awarded",
  "not-awarded": "Your bid was not awarded",
  unsuccessful: "The competition was declared unsuccessful",
  cancelled: "The competition was cancelled",
} as const;

/** `/opportunities/:opportunityId/bid/result`: the bidder's own scores and feedback, and the winning total. */
export function ProviderResultPage() {
  const { opportunityId = "" } = useParams();
  const result = useMyResult(opportunityId);
  const state = settle(result);
  usePageTitle(state.title ?? title);
  if (!state.ready) return state.view;
  const [r] = state.data;
  const mine = r.yourResult;
  return (
    <>
      <BackLink href={`/opportunities/${opportunityId}`} />
      <PageHeading caption={r.opportunityTitle}>{title}</PageHeading>
      <InsetText>{outcomes[r.outcome]}.</InsetText>
      {r.outcome === "awarded" || r.outcome === "not-awarded" ? (
        <p className="govuk-body">
          <AppLink href={`/opportunities/${opportunityId}/bid/assessment-summary`} className="govuk-link">
            Your assessment summary
          </AppLink>{" "}
          (once the commissioner has sent it)
        </p>
      ) : null}
      <SummaryList
        rows={[
          { key: "Decided", value: formatDateTime(r.decidedAt) },
          ...(r.reason ? [{ key: "Reason", value: r.reason }] : []),
          ...(r.standstillEndsAt
            ? [{ key: "Standstill ends", value: formatDateTime(r.standstillEndsAt) }]
            : []),
          ...(r.winningTotals.length
            ? [{ key: "Winning total", value: r.winningTotals.map(formatPoints).join(", ") + " out of 100" }]
            : []),
          ...(mine
            ? [
                { key: "Your total", value: `${formatPoints(mine.total)} out of 100` },
                { key: "Your volume-weighted price", value: formatPence(mine.weightedPricePence) },
                { key: "Your price score", value: formatPoints(mine.priceScore) },
                {
                  key: "Quality threshold",
                  value: mine.passesQualityThreshold
                    ? "Passed"
                    : "Not passed: a moderated quality score was below 2",
                },
              ]
            : []),
        ]}
      />
      {mine ? (
        <Table
          caption="Your scores and feedback"
          captionSize="m"
          firstCellIsHeader
          columns={[
            { key: "answer", header: "Answer" },
            { key: "score", header: "Moderated score" },
            { key: "points", header: "Points", numeric: true },
            { key: "feedback", header: "Feedback" },
          ]}
          rows={mine.answers.map((a) => ({
            id: a.id,
            cells: {
              answer: a.label,
              score: scoreText(a.score),
              points: `${formatPoints(a.points)} of ${a.weight}`,
              feedback: a.feedback,
            },
          }))}
        />
      ) : null}
    </>
  );
}
