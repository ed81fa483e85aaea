import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useNavigate, useParams } from "react-router";
import type { Clarification } from "#shared/opportunities/clarification.ts";
import type { Opportunity } from "#shared/opportunities/opportunity.ts";
import { answerQuestion, opportunityKeys, useQuestions } from "../../api/opportunities.ts";
import { BackLink, Button, InsetText, SummaryList, Textarea } from "../../components/govuk/index.ts";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { usePageTitle } from "../../components/page/page-title.ts";
import { settle } from "../../components/page/query-state.tsx";
import { formatDateTime } from "../../format/format.ts";
import { FormErrorSummary } from "../../forms/FormErrorSummary.tsx";
import { useFormErrors } from "../../forms/form-errors.ts";
import { useSubmit } from "../../forms/use-submit.ts";
import { NotFoundPage } from "../errors/NotFoundPage.tsx";
import { WithOpportunity } from "./opportunity-page.tsx";

const title = "Answer a question";
const links = { answer: "#answer" };

function AnswerForm({ opportunity, question }: { opportunity: Opportunity; question: Clarification }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [answer, setAnswer] = useState(question.answer ?? "");
  const { errors, showError } = useFormErrors(links);
  const { busy, submit } = useSubmit(showError);
  usePageTitle(errors ? `Error: ${title}` : title);
  const back = `/opportunities/${opportunity.id}/questions`;

  const onSubmit = submit(async () => {
    await answerQuestion(opportunity.id, question.id, { answer, version: question.version });
    await queryClient.invalidateQueries({ queryKey: opportunityKeys.questions(opportunity.id) });
    navigate(back, { state: { flash: "Answer published" } });
  });

  return (
    <>
      <BackLink href={back} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <FormErrorSummary errors={errors} />
          <PageHeading caption={opportunity.title}>{title}</PageHeading>
          <SummaryList
            rows={[
              { key: "Asked by", value: question.askedByOrganisationName ?? "Not known" },
              { key: "Asked", value: formatDateTime(question.askedAt) },
              { key: "Question", value: question.question },
            ]}
          />
          <form noValidate onSubmit={(event) => void onSubmit(event)}>
            <Textarea
              id="answer"
              label="Your answer"
              labelClassName="govuk-label--m"
              hint="It will be published with the question to every provider that may bid. The asker’s name is not shown."
              rows={8}
              value={answer}
              onChange={setAnswer}
              error={errors?.fields.answer}
            />
            <Button type="submit" disabled={busy}>
              Publish answer
            </Button>
          </form>
        </div>
      </div>
    </>
  );
}

function FindQuestion({ opportunity }: { opportunity: Opportunity }) {
  const { questionId = "" } = useParams();
  const questions = useQuestions(opportunity.id);
  const state = settle(questions);
  usePageTitle(state.title ?? title);
  if (!state.ready) return state.view;
  const question = state.data[0].items.find((q) => q.id === questionId);
  if (!question) return <NotFoundPage />;
  if (opportunity.status === "cancelled") {
    return (
      <>
        <PageHeading caption={opportunity.title}>{title}</PageHeading>
        <InsetText>This opportunity has been cancelled.</InsetText>
      </>
    );
  }
  return <AnswerForm opportunity={opportunity} question={question} />;
}

/** `/opportunities/:opportunityId/questions/:questionId/answer`: answer (and publish) a clarification question. */
export function AnswerQuestionPage() {
  return <WithOpportunity title={title} render={(o) => <FindQuestion opportunity={o} />} />;
}
