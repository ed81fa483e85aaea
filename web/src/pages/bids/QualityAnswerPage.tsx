import { useMemo } from "react";
import { useNavigate, useParams } from "react-router";
import { saveBidSchema } from "#shared/bids/bid.ts";
import type { QualityQuestion } from "#shared/opportunities/opportunity.ts";
import { Button } from "../../components/govuk/index.ts";
import { BackLink } from "../../components/govuk/journey.ts";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { usePageTitle } from "../../components/page/page-title.ts";
import { FormWordCount } from "../../forms/fields.tsx";
import { FormErrorSummary } from "../../forms/FormErrorSummary.tsx";
import { GovForm } from "../../forms/GovForm.tsx";
import { useGovForm } from "../../forms/use-gov-form.ts";
import { NotFoundPage } from "../errors/NotFoundPage.tsx";
import { saveBidRequest, withAnswer } from "./bid-request.ts";
import { bidPath } from "./bid-sections.ts";
import { Closed } from "./Closed.tsx";
import { type BidPageData, useFocusFieldFromHash, useSaveBid, WithBid } from "./with-bid.tsx";

function AnswerForm({
  opportunity,
  bid,
  question,
  number,
}: BidPageData & { question: QualityQuestion; number: number }) {
  const navigate = useNavigate();
  const save = useSaveBid(opportunity.id);
  const path = `content.qualityAnswers.${question.id}`;
  const form = useGovForm({
    schema: saveBidSchema,
    defaultValues: { answer: bid?.content.qualityAnswers[question.id] ?? "" },
    toRequest: useMemo(
      () =>
        ({ answer }: { answer: string }) =>
          saveBidRequest(bid, (content) => ({
            ...content,
            qualityAnswers: withAnswer(content.qualityAnswers, question.id, answer),
          })),
      [bid, question.id],
    ),
    fields: useMemo(() => ({ [path]: "#answer" }), [path]),
  });
  const { errors, busy } = form;
  const title = `Question ${number}`;
  usePageTitle(errors ? `Error: ${title}` : title);
  useFocusFieldFromHash();

  const onSubmit = form.submit(async (request) => {
    await save(request);
    navigate(bidPath(opportunity.id), {
      state: { flash: `Your answer to question ${number} has been saved` },
    });
  });

  return (
    <>
      <BackLink href={bidPath(opportunity.id)} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <FormErrorSummary errors={errors} />
          <PageHeading caption={opportunity.title}>{title}</PageHeading>
          <p className="govuk-body-l">{question.text}</p>
          <p className="govuk-body">
            This question carries {question.weight}% of the total score. Answers are limited to{" "}
            {question.wordLimit} words.
          </p>
          <GovForm form={form} onSubmit={onSubmit}>
            <FormWordCount
              name="answer"
              errorPath={path}
              label="Your answer"
              labelClassName="govuk-label--m"
              maxWords={question.wordLimit}
            />
            <Button type="submit" disabled={busy}>
              Save and return to your bid
            </Button>
          </GovForm>
        </div>
      </div>
    </>
  );
}

/** `/opportunities/:opportunityId/bid/questions/:questionId`: the answer to one quality question. */
export function QualityAnswerPage() {
  const { questionId = "" } = useParams();
  return (
    <WithBid
      title={({ opportunity }) => {
        const index = (opportunity.qualityQuestions ?? []).findIndex((q) => q.id === questionId);
        return index < 0 ? "Page not found" : `Question ${index + 1}`;
      }}
      render={(data) => {
        const questions = data.opportunity.qualityQuestions ?? [];
        const index = questions.findIndex((q) => q.id === questionId);
        if (index < 0) return <NotFoundPage />;
        if (data.opportunity.status !== "open") return <Closed {...data} />;
        return <AnswerForm {...data} question={questions[index]!} number={index + 1} />;
      }}
    />
  );
}
