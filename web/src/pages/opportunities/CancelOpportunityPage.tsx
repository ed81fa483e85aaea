import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useNavigate } from "react-router";
import type { Opportunity } from "#shared/opportunities/opportunity.ts";
import { cancelOpportunity, opportunityKeys } from "../../api/opportunities.ts";
import { AppLink, BackLink, Button, InsetText, Textarea, WarningText } from "../../components/govuk/index.ts";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { usePageTitle } from "../../components/page/page-title.ts";
import { FormErrorSummary } from "../../forms/FormErrorSummary.tsx";
import { useFormErrors } from "../../forms/form-errors.ts";
import { useSubmit } from "../../forms/use-submit.ts";
import { WithOpportunity } from "./opportunity-page.tsx";

const title = "Cancel this opportunity";
const links = { reason: "#reason" };

function CancelForm({ opportunity }: { opportunity: Opportunity }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState("");
  const { errors, showError } = useFormErrors(links);
  const { busy, submit } = useSubmit(showError);
  usePageTitle(errors ? `Error: ${title}` : title);
  const back = `/opportunities/${opportunity.id}`;

  const onSubmit = submit(async () => {
    await cancelOpportunity(opportunity.id, opportunity.version, reason);
    await queryClient.invalidateQueries({ queryKey: opportunityKeys.all });
    navigate(back, { state: { flash: "Opportunity cancelled" } });
  });

  return (
    <>
      <BackLink href={back} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <FormErrorSummary errors={errors} />
          <PageHeading caption={opportunity.title}>{title}</PageHeading>
          {opportunity.status === "draft" || opportunity.status === "open" ? (
            <form noValidate onSubmit={(event) => void onSubmit(event)}>
              <WarningText>
                Cancelling cannot be undone. Providers will see that the competition was cancelled and why.
              </WarningText>
              <Textarea
                id="reason"
                label="Why are you cancelling it?"
                labelClassName="govuk-label--m"
                value={reason}
                onChange={setReason}
                error={errors?.fields.reason}
              />
              <div className="govuk-button-group">
                <Button type="submit" variant="warning" disabled={busy}>
                  Cancel opportunity
                </Button>
                <AppLink href={back} className="govuk-link">
                  Go back without cancelling
                </AppLink>
              </div>
            </form>
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
