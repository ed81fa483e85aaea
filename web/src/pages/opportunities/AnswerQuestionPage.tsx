import { useQueryClient } from "@tanstack/react-query";
import { useWatch } from "react-hook-form";
import { useNavigate, useParams } from "react-router";
import {
  answerQuestionSchema,
  type Clarification,
  organisationsNamedIn,
} from "#shared/opportunities/clarification.ts";
import type { Opportunity } from "#shared/opportunities/opportunity.ts";
import { answerQuestion, opportunityKeys, useQuestions } from "../../api/opportunities.ts";
import { Button, InsetText, SummaryList } from "../../components/govuk/index.ts";
import { BackLink, WarningText } from "../../components/govuk/journey.ts";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { usePageTitle } from "../../components/page/page-title.ts";
import { settle } from "../../components/page/query-state.tsx";
import { formatDateTime } from "../../format/format.ts";
import { FormTextarea } from "../../forms/fields.tsx";
import { FormErrorSummary } from "../../forms/FormErrorSummary.tsx";
import { GovForm } from "../../forms/GovForm.tsx";
import { useGovForm } from "../../forms/use-gov-form.ts";
import { NotFoundPage } from "../errors/NotFoundPage.tsx";
import { WithOpportunity } from "./opportunity-page.tsx";

const title = "Answer a question";
const fields = ["question", "answer"] as const;

/** "A", "A and B", "A, B and C". */
const listOf = (names: string[]) =>
  names.length < 2 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;

function AnswerForm({ opportunity, question }: { opportunity: Opportunity; question: Clarification }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const reply = useGovForm({
    schema: answerQuestionSchema,
    toRequest: (values: { question: string; answer: string }) => ({ ...values, version: question.version }),
    // The asker's words are only a starting point: what is published is what the commissioner leaves here.
    defaultValues: {
      question: question.publishedQuestion ?? question.question,
      answer: question.answer ?? "",
    },
    fields,
  });
  const { errors, busy } = reply;
  const published = useWatch({ control: reply.form.control, name: "question" });
  const stillNamed = organisationsNamedIn(published, question.namesOrganisations ?? []);
  usePageTitle(errors ? `Error: ${title}` : title);
  const back = `/opportunities/${opportunity.id}/questions`;

  const onSubmit = reply.submit(async (request) => {
    await answerQuestion(opportunity.id, question.id, request);
    await queryClient.invalidateQueries({ queryKey: opportunityKeys.questions(opportunity.id) });
    await navigate(back, { state: { flash: "Answer published" } });
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
              { key: "Question as asked", value: question.question },
            ]}
          />
          {stillNamed.length ? (
            <WarningText>
              The question names {listOf(stillNamed)}. Competitors could tell who asked: edit the question
              before you publish it.
            </WarningText>
          ) : null}
          <GovForm form={reply} onSubmit={onSubmit}>
            <FormTextarea
              name="question"
              label="The question as it will be published"
              labelClassName="govuk-label--m"
              hint="Only this text is published, never the question as asked. Remove anything that could identify who asked."
              rows={5}
            />
            <FormTextarea
              name="answer"
              label="Your answer"
              labelClassName="govuk-label--m"
              hint="It will be published with the question to every provider that may bid. The asker’s name is not shown."
              rows={8}
            />
            <Button type="submit" disabled={busy}>
              Publish answer
            </Button>
          </GovForm>
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
