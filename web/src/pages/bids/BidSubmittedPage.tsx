import { formatDeadline } from "#shared/time/format-deadline.ts";
import { AppLink } from "../../components/govuk/index.ts";
import { Panel } from "../../components/govuk/journey.ts";
import { formatDateTime } from "../../format/format.ts";
import { bidPath } from "./bid-sections.ts";
import { type BidPageData, WithBid } from "./with-bid.tsx";

function Submitted({ opportunity, bid }: BidPageData) {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Panel title="Bid submitted">
          {bid?.submittedAt ? `on ${formatDateTime(bid.submittedAt)}` : `for ${opportunity.title}`}
        </Panel>
        <p className="govuk-body">Your bid for ‘{opportunity.title}’ has been submitted.</p>
        <h2 className="govuk-heading-m">What happens next</h2>
        <p className="govuk-body">
          Your bid is sealed: the commissioner can only see that a bid has been submitted until the deadline
          {opportunity.submissionDeadline ? `, ${formatDeadline(opportunity.submissionDeadline)}` : ""}. You
          can change or withdraw it until then.
        </p>
        <p className="govuk-body">After the deadline the bids are scored and you will be told the result.</p>
        <p className="govuk-body">
          <AppLink href={bidPath(opportunity.id)} className="govuk-link">
            Go to your bid
          </AppLink>
        </p>
      </div>
    </div>
  );
}

/** `/opportunities/:opportunityId/bid/submitted`: the bid has been submitted. */
export function BidSubmittedPage() {
  return <WithBid title="Bid submitted" render={(data) => <Submitted {...data} />} />;
}
