import { useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "react-router";
import { askQuestionSchema } from "#shared/opportunities/clarification.ts";
import type { Opportunity } from "#shared/opportunities/opportunity.ts";
import { formatDeadline } from "#shared/time/format-deadline.ts";
import { askQuestion, opportunityKeys } from "../../api/opportunities.ts";
import { Button } from "../../components/govuk/index.ts";
import { BackLink } from "../../components/govuk/journey.ts";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { usePageTitle } from "../../components/page/page-title.ts";
import { FormTextarea } from "../../forms/fields.tsx";
import { FormErrorSummary } from "../../forms/FormErrorSummary.tsx";
import { GovForm } from "../../forms/GovForm.tsx";
import { useGovForm } from "../../forms/use-gov-form.ts";
import { WithOpportunity } from "./opportunity-page.tsx";

const title = "Ask a question";
const fields = ["question"] as const;

function AskForm({ opportunity }: { opportunity: Opportunity }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const back = `/opportunities/${opportunity.id}`;
  const ask = useGovForm({
    schema: askQuestionSchema,
    defaultValues: { question: "" },
    fields,
    draftKey: `question:${opportunity.id}`,
  });
  const { errors, busy } = ask;
  usePageTitle(errors ? `Error: ${title}` : title);

  const onSubmit = ask.submit(async ({ question }) => {
    await askQuestion(opportunity.id, question);
    await queryClient.invalidateQueries({ queryKey: opportunityKeys.questions(opportunity.id) });
    navigate(back, { state: { flash: "Your question has been sent" } });
  });

  return (
    <>
      <BackLink href={back} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <FormErrorSummary errors={errors} />
          <PageHeading caption={opportunity.title}>{title}</PageHeading>
          <p className="govuk-body">
            Only the commissioner sees who asked. When they answer, the question and answer are published to
            every provider that may bid, without your organisation’s name.
          </p>
          {opportunity.clarificationDeadline ? (
            <p className="govuk-body">
              Questions must arrive by {formatDeadline(opportunity.clarificationDeadline)}.
            </p>
          ) : null}
          <GovForm form={ask} onSubmit={onSubmit}>
            <FormTextarea
              name="question"
              label="Your question"
              labelClassName="govuk-label--m"
              hint="Do not include anything that identifies your organisation if you do not want other bidders to know it"
              rows={6}
            />
            <Button type="submit" disabled={busy}>
              Send question
            </Button>
          </GovForm>
        </div>
      </div>
    </>
  );
}

/** `/opportunities/:opportunityId/questions/new`: a provider asks a clarification question. */
export function AskQuestionPage() {
  return <WithOpportunity title={title} render={(o) => <AskForm opportunity={o} />} />;
}
