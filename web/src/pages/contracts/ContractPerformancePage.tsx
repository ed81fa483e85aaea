import { useParams } from "react-router";
import type { Contract } from "#shared/contracts/contract.ts";
import { planStatusText } from "#shared/contracts/improvement.ts";
import { type ContractRating, previousQuarter, quarterOf } from "#shared/contracts/rating.ts";
import { useRatings } from "../../api/contract-reviews.ts";
import { useContract } from "../../api/evaluation.ts";
import { useMe } from "../../api/queries.ts";
import { BackLink } from "../../components/govuk/journey.ts";
import { AppLink, SummaryList, Table } from "../../components/govuk/index.ts";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { usePageTitle } from "../../components/page/page-title.ts";
import { settle } from "../../components/page/query-state.tsx";
import { formatDateTime } from "../../format/format.ts";
import { ContractTabs } from "./ContractTabs.tsx";
import { DecideRatingForm, ProposeRatingForm, RespondToRatingForm } from "./RatingForms.tsx";
import { measureRows, ratingForms, ratingSummary } from "./reviews.presenter.ts";

function RatingDetails({
  contract,
  rating,
  role,
}: {
  contract: Contract;
  rating: ContractRating;
  role: string;
}) {
  const forms = ratingForms(rating, role);
  const heading = `performance-${rating.period}`;
  return (
    <section aria-labelledby={heading} className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-m" id={heading}>
        {rating.period}: {ratingSummary(rating)}
      </h2>
      <Table
        caption={`Figures behind the ${rating.period} rating`}
        captionSize="s"
        firstCellIsHeader
        columns={[
          { key: "measure", header: "Measure" },
          { key: "counted", header: "Counted" },
          { key: "result", header: "Result", numeric: true },
          { key: "target", header: "Target", numeric: true },
          { key: "verdict", header: "Against target" },
        ]}
        rows={measureRows(rating.measures).map((r) => ({ id: r.id, cells: r }))}
      />
      <SummaryList
        rows={[
          { key: "Proposed", value: formatDateTime(rating.proposedAt) },
          ...(rating.confirmedAt
            ? [
                {
                  key: "Confirmed",
                  value: `${formatDateTime(rating.confirmedAt)} by ${rating.confirmedBy?.name ?? "the commissioner"}`,
                },
                { key: "Reason", value: rating.reason ?? "" },
              ]
            : []),
          ...(rating.response
            ? [{ key: "Provider's response", value: `${rating.response.text} (${rating.response.by.name})` }]
            : []),
          ...(rating.planOpened
            ? [
                {
                  key: "Improvement plan",
                  value: (
                    <AppLink href={`/contracts/${contract.id}/performance/plans/${rating.period}`}>
                      Improvement plan for {rating.period}
                    </AppLink>
                  ),
                },
              ]
            : []),
        ]}
      />
      {forms.decide ? <DecideRatingForm key={rating.version} contract={contract} rating={rating} /> : null}
      {forms.respond ? (
        <RespondToRatingForm key={rating.version} contract={contract} rating={rating} />
      ) : null}
    </section>
  );
}

/** `/contracts/:contractId/performance`: ratings by quarter with their figures, and the improvement plans. */
export function ContractPerformancePage() {
  const { contractId = "" } = useParams();
  const contract = useContract(contractId);
  const record = useRatings(contractId);
  const me = useMe();
  const state = settle(contract, record, me);
  usePageTitle(state.title ?? `Performance of contract ${contract.data?.reference ?? ""}`.trim());
  if (!state.ready) return state.view;
  const [c, r, who] = state.data;
  const role = who.user.role;
  const ratings = [...r.ratings].sort((a, b) => b.period.localeCompare(a.period));
  return (
    <>
      <BackLink href="/contracts" />
      <PageHeading caption={`Contract ${c.reference}`}>Performance</PageHeading>
      <ContractTabs contract={c} current="/performance" />
      <p className="govuk-body">
        Each quarter the portal proposes a rating from the contract's measures against its targets. {r.rule}
      </p>
      {role === "commissioner" ? (
        <ProposeRatingForm
          contract={c}
          period={previousQuarter(quarterOf(new Date().toISOString().slice(0, 10)))}
        />
      ) : null}
      {ratings.length === 0 ? <p className="govuk-body">No quarter has been rated yet.</p> : null}
      {ratings.map((rating) => (
        <RatingDetails key={rating.period} contract={c} rating={rating} role={role} />
      ))}
      {r.plans.length ? (
        <>
          <h2 className="govuk-heading-m">Improvement plans</h2>
          <ul className="govuk-list">
            {r.plans.map((p) => (
              <li key={p.period}>
                <AppLink href={`/contracts/${c.id}/performance/plans/${p.period}`}>
                  Improvement plan for {p.period}
                </AppLink>{" "}
                — {planStatusText[p.status]}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
