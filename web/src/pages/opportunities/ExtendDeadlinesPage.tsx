import { useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "react-router";
import { extendDeadlinesSchema, type Opportunity } from "#shared/opportunities/opportunity.ts";
import { formatDeadline } from "#shared/time/format-deadline.ts";
import { extendDeadlines, opportunityKeys } from "../../api/opportunities.ts";
import { Button, InsetText } from "../../components/govuk/index.ts";
import { BackLink } from "../../components/govuk/journey.ts";
import { type DateParts } from "../../components/govuk/fields.ts";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { usePageTitle } from "../../components/page/page-title.ts";
import { FormDateInput } from "../../forms/fields.tsx";
import { FormErrorSummary } from "../../forms/FormErrorSummary.tsx";
import { GovForm } from "../../forms/GovForm.tsx";
import { useGovForm } from "../../forms/use-gov-form.ts";
import { instantToParts, partsToInstant } from "../../forms/parse.ts";
import { WithOpportunity } from "./opportunity-page.tsx";

const title = "Extend the deadlines";
const fields = {
  clarificationDeadline: "#clarificationDeadline-day",
  submissionDeadline: "#submissionDeadline-day",
};
const hint =
  "Enter the date, then the time in UK time using the 24-hour clock. Deadlines can only move later.";

interface DeadlineValues {
  clarificationDeadline: DateParts;
  submissionDeadline: DateParts;
}

// What cannot be read goes on as typed, so the shared schema says "as a real date and time".
const typedInstant = (parts: DateParts) => {
  const value = partsToInstant(parts);
  return value === null ? Object.values(parts).join("/") : value;
};

function ExtendForm({ opportunity }: { opportunity: Opportunity }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const extend = useGovForm({
    schema: extendDeadlinesSchema,
    toRequest: (values: DeadlineValues) => {
      const clarificationDeadline = typedInstant(values.clarificationDeadline);
      return {
        version: opportunity.version,
        submissionDeadline: typedInstant(values.submissionDeadline),
        ...(clarificationDeadline === undefined ? {} : { clarificationDeadline }),
      };
    },
    defaultValues: {
      clarificationDeadline: instantToParts(opportunity.clarificationDeadline),
      submissionDeadline: instantToParts(opportunity.submissionDeadline),
    },
    fields,
  });
  const { errors, busy } = extend;
  usePageTitle(errors ? `Error: ${title}` : title);
  const back = `/opportunities/${opportunity.id}`;

  const onSubmit = extend.submit(async (request) => {
    await extendDeadlines(opportunity.id, request);
    await queryClient.invalidateQueries({ queryKey: opportunityKeys.all });
    await navigate(back, { state: { flash: "Deadlines extended" } });
  });

  return (
    <>
      <BackLink href={back} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <FormErrorSummary errors={errors} />
          <PageHeading caption={opportunity.title}>{title}</PageHeading>
          {opportunity.status !== "open" ? (
            <InsetText>Only an open opportunity’s deadlines can be extended.</InsetText>
          ) : (
            <GovForm form={extend} onSubmit={onSubmit}>
              <FormDateInput
                name="clarificationDeadline"
                legend="Deadline for clarification questions"
                hint={`${hint} Now ${opportunity.clarificationDeadline ? formatDeadline(opportunity.clarificationDeadline) : "not set"}.`}
                withTime
              />
              <FormDateInput
                name="submissionDeadline"
                legend="Deadline for bids"
                hint={`${hint} Now ${opportunity.submissionDeadline ? formatDeadline(opportunity.submissionDeadline) : "not set"}.`}
                withTime
              />
              <Button type="submit" disabled={busy}>
                Extend deadlines
              </Button>
            </GovForm>
          )}
        </div>
      </div>
    </>
  );
}

/** `/opportunities/:opportunityId/deadlines`: move an open competition's deadlines later. */
export function ExtendDeadlinesPage() {
  return <WithOpportunity title={title} render={(o) => <ExtendForm opportunity={o} />} />;
}
