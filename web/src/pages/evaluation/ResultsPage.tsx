import { useParams } from "react-router";
import * as z from "zod";
import type { Results } from "#shared/evaluation/evaluation.ts";
import { downloadResultsCsv, useResults } from "../../api/evaluation.ts";
import { useOpportunity } from "../../api/opportunities.ts";
import { Button, Details, InsetText, Table, Tag } from "../../components/govuk/index.ts";
import { BackLink } from "../../components/govuk/journey.ts";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { usePageTitle } from "../../components/page/page-title.ts";
import { settle } from "../../components/page/query-state.tsx";
import { FormErrorSummary } from "../../forms/FormErrorSummary.tsx";
import { GovForm } from "../../forms/GovForm.tsx";
import { useGovForm } from "../../forms/use-gov-form.ts";
import { formatPence } from "../../format/format.ts";
import { tierNames } from "../opportunities/labels.ts";
import { evaluationPath, formatPoints } from "./with-evaluation.tsx";

type Ranked = Results["ranking"][number];

/** The download sends nothing: the form is only its button, with its problems in the summary. */
const noBody = z.object({});
const noFields: readonly string[] = [];

function PriceTable({ results }: { results: Results }) {
  const tiers = results.ranking[0]?.tierPrices ?? [];
  return (
    <Table<string>
      caption="Price table"
      captionSize="m"
      firstCellIsHeader
      columns={[
        { key: "bidder", header: "Bidder" },
        ...tiers.map((t) => ({
          key: t.tierId,
          header: `${tierNames[t.tierId]} (${Math.round(t.share * 100)}% of referrals)`,
          numeric: true,
        })),
        { key: "weighted", header: "Volume-weighted price", numeric: true },
        { key: "score", header: `Price score (of ${results.weights.price})`, numeric: true },
        { key: "budget", header: "Estimated contract value", numeric: true },
      ]}
      rows={results.ranking.map((r) => ({
        id: r.organisationId,
        cells: {
          bidder: r.organisationName,
          ...Object.fromEntries(r.tierPrices.map((t) => [t.tierId, formatPence(t.pricePence)])),
          weighted: formatPence(r.weightedPricePence),
          score: formatPoints(r.priceScore),
          budget: (
            <>
              {r.estimatedContractValuePence === undefined
                ? "Unknown"
                : formatPence(r.estimatedContractValuePence)}
              {r.overBudget ? (
                <>
                  {" "}
                  <Tag colour="red">Over budget</Tag>
                </>
              ) : null}
            </>
          ),
        },
      }))}
    />
  );
}

function Working({ r, results }: { r: Ranked; results: Results }) {
  return (
    <Details summary={`How ${r.organisationName}'s total was worked out`}>
      <ul className="govuk-list govuk-list--bullet">
        {r.quality.map((q, i) => (
          <li key={q.id}>
            Question {i + 1}: moderated {q.moderated} ÷ 4 × {q.weight} = {formatPoints(q.points)}
          </li>
        ))}
        <li>
          Social value: moderated {r.socialValue.moderated} ÷ 4 × {r.socialValue.weight} ={" "}
          {formatPoints(r.socialValue.points)}
        </li>
        <li>
          Price: lowest weighted price {formatPence(r.lowestWeightedPricePence)} ÷{" "}
          {formatPence(r.weightedPricePence)} × {results.weights.price} = {formatPoints(r.priceScore)}
        </li>
        <li>
          Total: {formatPoints(r.qualityScore)} + {formatPoints(r.socialValueScore)} +{" "}
          {formatPoints(r.priceScore)} = {formatPoints(r.total)}
        </li>
      </ul>
    </Details>
  );
}

function Ranking({ results }: { results: Results }) {
  return (
    <>
      <Table
        caption="Ranked results"
        captionSize="m"
        firstCellIsHeader
        columns={[
          { key: "rank", header: "Rank" },
          { key: "bidder", header: "Bidder" },
          { key: "quality", header: "Quality", numeric: true },
          { key: "social", header: "Social value", numeric: true },
          { key: "price", header: "Price", numeric: true },
          { key: "total", header: "Total", numeric: true },
          { key: "threshold", header: "Quality threshold" },
        ]}
        rows={results.ranking.map((r) => ({
          id: r.organisationId,
          cells: {
            rank: String(r.rank),
            bidder: r.organisationName,
            quality: formatPoints(r.qualityScore),
            social: formatPoints(r.socialValueScore),
            price: formatPoints(r.priceScore),
            total: formatPoints(r.total),
            threshold: r.passesQualityThreshold ? (
              <Tag colour="green">Passed</Tag>
            ) : (
              <Tag colour="red">Failed</Tag>
            ),
          },
        }))}
      />
      <p className="govuk-body">
        Ties are broken by the quality score, then by the earlier submission. A bid with any moderated quality
        score below 2 fails the quality threshold and is ranked below every bid that passes.
      </p>
      {results.ranking.map((r) => (
        <Working key={r.organisationId} r={r} results={results} />
      ))}
    </>
  );
}

/** `/opportunities/:opportunityId/evaluation/results`: the price table and the ranking with the working. */
export function ResultsPage() {
  const { opportunityId = "" } = useParams();
  const opportunity = useOpportunity(opportunityId);
  const results = useResults(opportunityId);
  const download = useGovForm({ schema: noBody, defaultValues: {}, fields: noFields });
  const state = settle(opportunity, results);
  const title = "Results";
  usePageTitle(state.title ?? title);
  if (!state.ready) return state.view;
  const [opp, r] = state.data;
  const onDownload = download.submit(() => downloadResultsCsv(opportunityId));
  return (
    <>
      <BackLink href={evaluationPath(opportunityId)} />
      <FormErrorSummary errors={download.errors} />
      <PageHeading caption={opp.title}>{title}</PageHeading>
      {r.complete ? (
        <>
          <PriceTable results={r} />
          <Ranking results={r} />
          <GovForm form={download} onSubmit={onDownload}>
            <Button type="submit" variant="secondary" disabled={download.busy}>
              Download the results (CSV)
            </Button>
          </GovForm>
        </>
      ) : (
        <InsetText>
          The results are shown once every bid has been moderated. Waiting for:{" "}
          {r.awaitingModeration.map((b) => b.organisationName).join(", ") || "bids"}.
        </InsetText>
      )}
    </>
  );
}
