import type { Opportunity } from "#shared/opportunities/opportunity.ts";
import { useQuestions } from "../../api/opportunities.ts";
import { ShowMore } from "../../components/page/ShowMore.tsx";
import { InsetText, SummaryCard, Tag } from "../../components/govuk/index.ts";
import { BackLink } from "../../components/govuk/journey.ts";
import { FlashBanner } from "../../components/page/FlashBanner.tsx";
import { Loading } from "../../components/page/Loading.tsx";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { formatDateTime } from "../../format/format.ts";
import { questionStatusTags } from "./labels.ts";
import { WithOpportunity } from "./opportunity-page.tsx";

const title = "Questions from providers";

function Inbox({ opportunity }: { opportunity: Opportunity }) {
  const questions = useQuestions(opportunity.id);
  const items = questions.data?.items ?? [];
  // Questions still to answer first, each group oldest first.
  const ordered = [
    ...items.filter((q) => q.status === "awaiting-answer"),
    ...items.filter((q) => q.status === "published"),
  ];
  return (
    <>
      <BackLink href={`/opportunities/${opportunity.id}`} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <FlashBanner />
          <PageHeading caption={opportunity.title}>{title}</PageHeading>
          <p className="govuk-body">
            You can see who asked each question. When you answer, the question and answer are published to
            every provider that may bid, without the asker’s name.
          </p>
          {questions.isPending ? <Loading what="questions" /> : null}
          {questions.isError ? (
            <p className="govuk-body">The questions could not be loaded. Try again later.</p>
          ) : null}
          {questions.data && items.length === 0 ? (
            <InsetText>No providers have asked a question yet.</InsetText>
          ) : null}
          {ordered.map((q) => (
            <SummaryCard
              key={q.id}
              title={`Question from ${q.askedByOrganisationName ?? "a provider"}`}
              action={{
                href: `/opportunities/${opportunity.id}/questions/${q.id}/answer`,
                text: q.status === "published" ? "Change answer" : "Answer",
                visuallyHiddenText: `the question from ${q.askedByOrganisationName ?? "a provider"}`,
              }}
              rows={[
                {
                  key: "Status",
                  value: (
                    <Tag colour={questionStatusTags[q.status].colour}>
                      {questionStatusTags[q.status].text}
                    </Tag>
                  ),
                },
                { key: "Asked by", value: q.askedByOrganisationName ?? "Not known" },
                { key: "Asked", value: formatDateTime(q.askedAt) },
                { key: "Question", value: q.question },
                ...(q.answer ? [{ key: "Published answer", value: q.answer }] : []),
              ]}
            />
          ))}
          <ShowMore list={questions} what="questions" />
        </div>
      </div>
    </>
  );
}

/** `/opportunities/:opportunityId/questions`: the commissioner's clarification questions inbox. */
export function QuestionsInboxPage() {
  return <WithOpportunity title={title} render={(o) => <Inbox opportunity={o} />} />;
}
