import { useState } from "react";
import { useNavigate, useParams } from "react-router";
import type { QualityQuestion } from "#shared/opportunities/opportunity.ts";
import { BackLink, Button, WordCount } from "../../components/govuk/index.ts";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { usePageTitle } from "../../components/page/page-title.ts";
import { FormErrorSummary } from "../../forms/FormErrorSummary.tsx";
import { useFormErrors } from "../../forms/form-errors.ts";
import { useSubmit } from "../../forms/use-submit.ts";
import { NotFoundPage } from "../errors/NotFoundPage.tsx";
import { bidPath } from "./bid-sections.ts";
import { Closed } from "./OfferPage.tsx";
import { type BidPageData, useFocusFieldFromHash, useSaveBid, WithBid } from "./with-bid.tsx";

function AnswerForm({
  opportunity,
  bid,
  question,
  number,
}: BidPageData & { question: QualityQuestion; number: number }) {
  const navigate = useNavigate();
  const save = useSaveBid(opportunity.id);
  const [answer, setAnswer] = useState(bid?.content.qualityAnswers[question.id] ?? "");
  const path = `content.qualityAnswers.${question.id}`;
  const { errors, showError } = useFormErrors({ [path]: "#answer" });
  const { busy, submit } = useSubmit(showError);
  const title = `Question ${number}`;
  usePageTitle(errors ? `Error: ${title}` : title);
  useFocusFieldFromHash();

  const onSubmit = submit(async () => {
    await save(bid, (content) => {
      const qualityAnswers = { ...content.qualityAnswers };
      if (answer.trim()) qualityAnswers[question.id] = answer;
      else delete qualityAnswers[question.id];
      return { ...content, qualityAnswers };
    });
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
          <form noValidate onSubmit={(event) => void onSubmit(event)}>
            <WordCount
              id="answer"
              label="Your answer"
              labelClassName="govuk-label--m"
              maxWords={question.wordLimit}
              value={answer}
              onChange={setAnswer}
              error={errors?.fields[path]}
            />
            <Button type="submit" disabled={busy}>
              Save and return to your bid
            </Button>
          </form>
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
