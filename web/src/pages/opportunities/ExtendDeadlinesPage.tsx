import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useNavigate } from "react-router";
import type { FieldError } from "#shared/http/problem.ts";
import type { Opportunity } from "#shared/opportunities/opportunity.ts";
import { formatDeadline } from "#shared/time/format-deadline.ts";
import { extendDeadlines, opportunityKeys } from "../../api/opportunities.ts";
import { BackLink, Button, DateInput, type DateParts, InsetText } from "../../components/govuk/index.ts";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { usePageTitle } from "../../components/page/page-title.ts";
import { FormErrorSummary } from "../../forms/FormErrorSummary.tsx";
import { useFormErrors } from "../../forms/form-errors.ts";
import { instantToParts, partsToInstant } from "../../forms/parse.ts";
import { WithOpportunity } from "./opportunity-page.tsx";

const title = "Extend the deadlines";
const links = {
  clarificationDeadline: "#clarificationDeadline-day",
  submissionDeadline: "#submissionDeadline-day",
};
const hint =
  "Enter the date, then the time in UK time using the 24-hour clock. Deadlines can only move later.";

function ExtendForm({ opportunity }: { opportunity: Opportunity }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [clarification, setClarification] = useState<DateParts>(() =>
    instantToParts(opportunity.clarificationDeadline),
  );
  const [submission, setSubmission] = useState<DateParts>(() =>
    instantToParts(opportunity.submissionDeadline),
  );
  const [busy, setBusy] = useState(false);
  const { errors, showError, showFieldErrors } = useFormErrors(links);
  usePageTitle(errors ? `Error: ${title}` : title);
  const back = `/opportunities/${opportunity.id}`;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const clarificationDeadline = partsToInstant(clarification);
    const submissionDeadline = partsToInstant(submission);
    const unreadable: FieldError[] = [];
    if (clarificationDeadline === null)
      unreadable.push({
        path: "clarificationDeadline",
        message: "Enter the clarification deadline as a real date and time",
      });
    if (!submissionDeadline)
      unreadable.push({
        path: "submissionDeadline",
        message: "Enter the submission deadline as a real date and time",
      });
    if (unreadable.length) {
      showFieldErrors(unreadable);
      return;
    }
    setBusy(true);
    try {
      await extendDeadlines(opportunity.id, {
        version: opportunity.version,
        submissionDeadline: submissionDeadline ?? undefined,
        ...(clarificationDeadline ? { clarificationDeadline } : {}),
      });
      await queryClient.invalidateQueries({ queryKey: opportunityKeys.all });
      navigate(back, { state: { flash: "Deadlines extended" } });
    } catch (error) {
      setBusy(false);
      showError(error);
    }
  }

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
            <form noValidate onSubmit={(event) => void onSubmit(event)}>
              <DateInput
                id="clarificationDeadline"
                legend="Deadline for clarification questions"
                hint={`${hint} Now ${opportunity.clarificationDeadline ? formatDeadline(opportunity.clarificationDeadline) : "not set"}.`}
                withTime
                value={clarification}
                onChange={setClarification}
                error={errors?.fields.clarificationDeadline}
              />
              <DateInput
                id="submissionDeadline"
                legend="Deadline for bids"
                hint={`${hint} Now ${opportunity.submissionDeadline ? formatDeadline(opportunity.submissionDeadline) : "not set"}.`}
                withTime
                value={submission}
                onChange={setSubmission}
                error={errors?.fields.submissionDeadline}
              />
              <Button type="submit" disabled={busy}>
                Extend deadlines
              </Button>
            </form>
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
