import type { Opportunity } from "#shared/opportunities/opportunity.ts";
import type { ReferenceData } from "#shared/reference/schema.ts";
import { formatDeadline } from "#shared/time/format-deadline.ts";
import { useBids, useQuestions } from "../../api/opportunities.ts";
import { ShowMore } from "../../components/page/ShowMore.tsx";
import { AppLink, ButtonLink, InsetText, Table } from "../../components/govuk/index.ts";
import { BackLink } from "../../components/govuk/journey.ts";
import { FlashBanner } from "../../components/page/FlashBanner.tsx";
import { Loading } from "../../components/page/Loading.tsx";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { formatDateTime, plural } from "../../format/format.ts";
import { OpportunityFacts, Paragraphs, ScoringTable } from "./OpportunityDetails.tsx";
import { TransparencyLinks } from "./TransparencyLinks.tsx";
import { OpportunityTag } from "./OpportunityTag.tsx";

function Bids({ opportunity }: { opportunity: Opportunity }) {
  const bids = useBids(opportunity.id);
  if (bids.isPending) return <Loading what="bids" />;
  if (bids.isError) return <p className="govuk-body">The bids could not be loaded. Try again later.</p>;
  const { sealed, submittedCount, items } = bids.data;
  if (sealed) {
    return (
      <>
        <p className="govuk-body" id="bid-count">
          Bids: {submittedCount} submitted (sealed until the deadline)
        </p>
        {opportunity.submissionDeadline ? (
          <p className="govuk-body">
            You can read the bids after {formatDeadline(opportunity.submissionDeadline)}.
          </p>
        ) : null}
      </>
    );
  }
  if (items.length === 0) return <p className="govuk-body">No bids were submitted.</p>;
  return (
    <>
      {items.some((bid) => !bid.canRead) ? (
        <InsetText>
          Only members of the evaluation panel can read bids, and only after declaring any conflicts of
          interest with the bidders.
        </InsetText>
      ) : null}
      <Table
        caption={`${plural(submittedCount, "bid")} submitted`}
        captionSize="s"
        firstCellIsHeader
        columns={[
          { key: "organisation", header: "Organisation" },
          { key: "submitted", header: "Submitted" },
        ]}
        rows={items.map((bid) => ({
          id: bid.organisationId,
          cells: {
            organisation: bid.canRead ? (
              <AppLink
                href={`/opportunities/${opportunity.id}/bids/${bid.organisationId}`}
                className="govuk-link"
              >
                {bid.organisationName}
              </AppLink>
            ) : (
              bid.organisationName
            ),
            submitted: bid.submittedAt ? formatDateTime(bid.submittedAt) : "",
          },
        }))}
      />
      <ShowMore list={bids} what="bids" />
    </>
  );
}

function QuestionsSummary({ opportunity }: { opportunity: Opportunity }) {
  const questions = useQuestions(opportunity.id);
  const total = questions.data?.items.length ?? 0;
  const awaiting = questions.data?.items.filter((q) => q.status === "awaiting-answer").length ?? 0;
  return (
    <>
      {questions.data ? (
        <p className="govuk-body">
          {total === 0
            ? "No providers have asked a question yet."
            : `${plural(total, "question")} from providers, ${awaiting} awaiting an answer.`}
        </p>
      ) : null}
      <p className="govuk-body">
        <AppLink href={`/opportunities/${opportunity.id}/questions`} className="govuk-link">
          Questions from providers
        </AppLink>
      </p>
    </>
  );
}

/** After the deadline: what happens next in the competition, and when (contracts only once allowed). */
function NextStep({ opportunity: o }: { opportunity: Opportunity }) {
  const lifecycle = o.lifecycle;
  if (!lifecycle) return null;
  const evaluation = `/opportunities/${o.id}/evaluation`;
  if (lifecycle.stage === "standstill" && lifecycle.standstillEndsAt) {
    return (
      <InsetText>
        The contract has been awarded. The standstill period ends at{" "}
        {formatDeadline(lifecycle.standstillEndsAt)}; the contracts can be created after that.
      </InsetText>
    );
  }
  if (lifecycle.stage === "standstill") {
    return (
      <InsetText>
        The contract has been awarded. Standstill starts when the contract award notice is published:{" "}
        <AppLink href={`/procurements/${o.id}/notices`} className="govuk-link">
          send the assessment summaries and publish the notice
        </AppLink>
        .
      </InsetText>
    );
  }
  if (lifecycle.canCreateContracts) {
    return (
      <InsetText>
        The standstill period has ended.{" "}
        <AppLink href={evaluation} className="govuk-link">
          Create the contracts
        </AppLink>
      </InsetText>
    );
  }
  if (lifecycle.stage === "contracted" && lifecycle.contractsCreatedAt) {
    return (
      <InsetText>
        Contracts were created on {formatDateTime(lifecycle.contractsCreatedAt)}.{" "}
        <AppLink href={evaluation} className="govuk-link">
          See the contracts
        </AppLink>
      </InsetText>
    );
  }
  return null;
}

/** A commissioner's view of an opportunity: the draft to finish, or the live competition and its bids. */
export function CommissionerOpportunity({
  opportunity: o,
  reference,
}: {
  opportunity: Opportunity;
  reference: ReferenceData;
}) {
  const published = o.status === "open" || o.status === "closed";
  return (
    <>
      <BackLink href="/opportunities" />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <FlashBanner />
          <PageHeading caption="Opportunity">{o.title}</PageHeading>
          <p className="govuk-body">
            <OpportunityTag status={o.status} lifecycle={o.lifecycle} />
          </p>
          <NextStep opportunity={o} />
          {o.status === "cancelled" ? (
            <InsetText>
              This opportunity was cancelled
              {o.cancelledAt ? ` on ${formatDateTime(o.cancelledAt)}` : ""}. Reason: {o.cancelReason}
            </InsetText>
          ) : null}
          {o.status === "draft" ? (
            <div className="govuk-button-group">
              <ButtonLink href={`/opportunities/${o.id}/edit`}>Edit the draft</ButtonLink>
              <AppLink href={`/opportunities/${o.id}/cancel`} className="govuk-link">
                Cancel this opportunity
              </AppLink>
            </div>
          ) : null}
          {published ? (
            <>
              <h2 className="govuk-heading-m">Bids</h2>
              <Bids opportunity={o} />
              <h2 className="govuk-heading-m">Clarification questions</h2>
              <QuestionsSummary opportunity={o} />
            </>
          ) : null}
          {o.status === "closed" || (o.status === "cancelled" && o.publishedAt) ? (
            <p className="govuk-body">
              <AppLink href={`/opportunities/${o.id}/evaluation`} className="govuk-link">
                Evaluation: panel, scores, results and award
              </AppLink>
            </p>
          ) : null}
          {o.status === "open" ? (
            <div className="govuk-button-group">
              <ButtonLink href={`/opportunities/${o.id}/deadlines`} variant="secondary">
                Extend the deadlines
              </ButtonLink>
              <AppLink href={`/opportunities/${o.id}/cancel`} className="govuk-link">
                Cancel this opportunity
              </AppLink>
            </div>
          ) : null}
          {o.status !== "draft" ? <TransparencyLinks opportunityId={o.id} /> : null}
          <h2 className="govuk-heading-m">Details</h2>
          {o.description ? <Paragraphs text={o.description} /> : null}
          <OpportunityFacts opportunity={o} reference={reference} />
          <ScoringTable opportunity={o} />
        </div>
      </div>
    </>
  );
}
