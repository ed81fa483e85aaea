import type { Bid } from "#shared/bids/bid.ts";
import type { Opportunity } from "#shared/opportunities/opportunity.ts";
import type { ReferenceData } from "#shared/reference/schema.ts";
import { formatDeadline } from "#shared/time/format-deadline.ts";
import { useMyBid, useQuestions } from "../../api/opportunities.ts";
import { ShowMore } from "../../components/page/ShowMore.tsx";
import { referenceLookup } from "../../api/reference-lookup.ts";
import { AppLink, ButtonLink, SummaryCard, Tag } from "../../components/govuk/index.ts";
import { BackLink } from "../../components/govuk/journey.ts";
import { FlashBanner } from "../../components/page/FlashBanner.tsx";
import { Loading } from "../../components/page/Loading.tsx";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { formatDateTime } from "../../format/format.ts";
import { bidStatusTags, questionStatusTags } from "./labels.ts";
import { OpportunityFacts, Paragraphs, ScoringTable } from "./OpportunityDetails.tsx";
import { OpportunityTag } from "./OpportunityTag.tsx";

function YourBid({ opportunity, bid }: { opportunity: Opportunity; bid: Bid | null }) {
  const open = opportunity.status === "open";
  const href = `/opportunities/${opportunity.id}/bid`;
  return (
    <>
      <h2 className="govuk-heading-m">Your bid</h2>
      {bid ? (
        <p className="govuk-body">
          Status: <Tag colour={bidStatusTags[bid.status].colour}>{bidStatusTags[bid.status].text}</Tag>
          {bid.submittedAt && bid.status === "submitted" ? ` (${formatDateTime(bid.submittedAt)})` : ""}
        </p>
      ) : (
        <p className="govuk-body">You have not started a bid.</p>
      )}
      {open ? (
        <ButtonLink href={href}>{bid ? "Continue your bid" : "Start your bid"}</ButtonLink>
      ) : bid ? (
        <ul className="govuk-list">
          <li>
            <AppLink href={href} className="govuk-link">
              View your bid
            </AppLink>
          </li>
          {bid.status !== "draft" && bid.status !== "withdrawn" ? (
            <li>
              <AppLink href={`${href}/result`} className="govuk-link">
                Your result
              </AppLink>
            </li>
          ) : null}
        </ul>
      ) : (
        <p className="govuk-body">The deadline for bids has passed.</p>
      )}
    </>
  );
}

function QuestionsAndAnswers({ opportunity }: { opportunity: Opportunity }) {
  const questions = useQuestions(opportunity.id);
  return (
    <>
      <h2 className="govuk-heading-m">Questions and answers</h2>
      <p className="govuk-body">
        Answers are published to every provider that may bid, without the name of the organisation that asked.
      </p>
      {opportunity.status === "open" ? (
        <>
          {opportunity.clarificationDeadline ? (
            <p className="govuk-body">
              Ask questions by {formatDeadline(opportunity.clarificationDeadline)}.
            </p>
          ) : null}
          <p className="govuk-body">
            <AppLink href={`/opportunities/${opportunity.id}/questions/new`} className="govuk-link">
              Ask a question
            </AppLink>
          </p>
        </>
      ) : null}
      {questions.isPending ? <Loading what="questions and answers" /> : null}
      {questions.isError ? (
        <p className="govuk-body">The questions and answers could not be loaded. Try again later.</p>
      ) : null}
      {questions.data?.items.length === 0 ? (
        <p className="govuk-body">No questions have been answered yet.</p>
      ) : null}
      {questions.data?.items.map((q, i) => (
        <SummaryCard
          key={q.id}
          headingLevel={3}
          title={
            <>
              Question {i + 1}
              {q.askedByYou ? (
                <>
                  {" "}
                  <Tag colour="turquoise">Your question</Tag>
                </>
              ) : null}
            </>
          }
          rows={[
            { key: "Question", value: q.question },
            {
              key: "Answer",
              value:
                q.status === "published" ? (
                  (q.answer ?? "")
                ) : (
                  <Tag colour={questionStatusTags[q.status].colour}>{questionStatusTags[q.status].text}</Tag>
                ),
            },
          ]}
        />
      ))}
      <ShowMore list={questions} what="questions and answers" />
    </>
  );
}

/** A provider's view of an opportunity it may bid for: what is wanted, how it is scored, Q&A and its bid. */
export function ProviderOpportunity({
  opportunity: o,
  reference,
}: {
  opportunity: Opportunity;
  reference: ReferenceData;
}) {
  const bid = useMyBid(o.id);
  const lookup = referenceLookup(reference);
  return (
    <>
      <BackLink href="/opportunities" />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <FlashBanner />
          <PageHeading caption={lookup.needArea(o.needAreaId)?.name}>{o.title}</PageHeading>
          <p className="govuk-body">
            <OpportunityTag status={o.status} lifecycle={o.lifecycle} />
          </p>
          {bid.isPending ? <Loading what="your bid" /> : null}
          {bid.isError ? <p className="govuk-body">Your bid could not be loaded. Try again later.</p> : null}
          {bid.data !== undefined ? <YourBid opportunity={o} bid={bid.data} /> : null}
          <h2 className="govuk-heading-m">What is being bought</h2>
          {o.description ? <Paragraphs text={o.description} /> : null}
          <OpportunityFacts opportunity={o} reference={reference} />
          <ScoringTable opportunity={o} />
          <QuestionsAndAnswers opportunity={o} />
        </div>
      </div>
    </>
  );
}
