import { useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "react-router";
import { cancelOpportunitySchema, type Opportunity } from "#shared/opportunities/opportunity.ts";
import { cancelOpportunity, opportunityKeys } from "../../api/opportunities.ts";
import { AppLink, Button, InsetText } from "../../components/govuk/index.ts";
import { BackLink, WarningText } from "../../components/govuk/journey.ts";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { usePageTitle } from "../../components/page/page-title.ts";
import { FormTextarea } from "../../forms/fields.tsx";
import { FormErrorSummary } from "../../forms/FormErrorSummary.tsx";
import { GovForm } from "../../forms/GovForm.tsx";
import { useGovForm } from "../../forms/use-gov-form.ts";
import { WithOpportunity } from "./opportunity-page.tsx";

const title = "Cancel this opportunity";
const fields = ["reason"] as const;

function CancelForm({ opportunity }: { opportunity: Opportunity }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const back = `/opportunities/${opportunity.id}`;
  const cancel = useGovForm({
    schema: cancelOpportunitySchema,
    toRequest: ({ reason }: { reason: string }) => ({ reason, version: opportunity.version }),
    defaultValues: { reason: "" },
    fields,
  });
  const { errors, busy } = cancel;
  usePageTitle(errors ? `Error: ${title}` : title);

  const onSubmit = cancel.submit(async ({ reason, version }) => {
    await cancelOpportunity(opportunity.id, version, reason);
    await queryClient.invalidateQueries({ queryKey: opportunityKeys.all });
    await navigate(back, { state: { flash: "Opportunity cancelled" } });
  });

  return (
    <>
      <BackLink href={back} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <FormErrorSummary errors={errors} />
          <PageHeading caption={opportunity.title}>{title}</PageHeading>
          {opportunity.status === "draft" || opportunity.status === "open" ? (
            <GovForm form={cancel} onSubmit={onSubmit}>
              <WarningText>
                Cancelling cannot be undone. Providers will see that the competition was cancelled and why.
              </WarningText>
              <FormTextarea
                name="reason"
                label="Why are you cancelling it?"
                labelClassName="govuk-label--m"
              />
              <div className="govuk-button-group">
                <Button type="submit" variant="warning" disabled={busy}>
                  Cancel opportunity
                </Button>
                <AppLink href={back} className="govuk-link">
                  Go back without cancelling
                </AppLink>
              </div>
            </GovForm>
          ) : (
            <InsetText>Only a draft or open opportunity can be cancelled.</InsetText>
          )}
        </div>
      </div>
    </>
  );
}

/** `/opportunities/:opportunityId/cancel`: cancel a draft or open competition, with a reason. */
export function CancelOpportunityPage() {
  return <WithOpportunity title={title} render={(o) => <CancelForm opportunity={o} />} />;
}
