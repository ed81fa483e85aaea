import { useParams } from "react-router";
import { useBid, useOpportunity } from "../../api/opportunities.ts";
import { useReference } from "../../api/queries.ts";
import { SummaryList } from "../../components/govuk/index.ts";
import { BackLink } from "../../components/govuk/journey.ts";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { usePageTitle } from "../../components/page/page-title.ts";
import { settle } from "../../components/page/query-state.tsx";
import { formatDateTime } from "../../format/format.ts";
import { BidSummary } from "./BidSummary.tsx";

/** `/opportunities/:opportunityId/bids/:organisationId`: one submitted bid, for commissioners after the deadline. */
export function BidViewPage() {
  const { opportunityId = "", organisationId = "" } = useParams();
  const opportunity = useOpportunity(opportunityId);
  const reference = useReference();
  const bid = useBid(opportunityId, organisationId);
  const state = settle(opportunity, reference, bid);
  usePageTitle(state.title ?? `${bid.data?.organisationName ?? "Bid"} – bid`);
  if (!state.ready) return state.view;
  const [opp, referenceData, bidData] = state.data;
  return (
    <>
      <BackLink href={`/opportunities/${opp.id}`} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <PageHeading caption={opp.title}>Bid from {bidData.organisationName}</PageHeading>
          <SummaryList
            rows={[
              { key: "Organisation", value: bidData.organisationName },
              {
                key: "Submitted",
                value: bidData.submittedAt ? formatDateTime(bidData.submittedAt) : "Not submitted",
              },
            ]}
          />
          <BidSummary
            content={bidData.content}
            organisationId={bidData.organisationId}
            opportunity={opp}
            reference={referenceData}
          />
        </div>
      </div>
    </>
  );
}
