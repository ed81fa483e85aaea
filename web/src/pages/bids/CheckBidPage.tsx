import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useNavigate } from "react-router";
import { formatDeadline } from "#shared/time/format-deadline.ts";
import { ApiError } from "../../api/api-error.ts";
import { opportunityKeys, submitBid } from "../../api/opportunities.ts";
import { AppLink, BackLink, Button, InsetText } from "../../components/govuk/index.ts";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { usePageTitle } from "../../components/page/page-title.ts";
import { FormErrorSummary } from "../../forms/FormErrorSummary.tsx";
import { useFormErrors } from "../../forms/form-errors.ts";
import { BidSummary } from "./BidSummary.tsx";
import { bidFieldLinks, bidPath } from "./bid-sections.ts";
import { type BidPageData, WithBid } from "./with-bid.tsx";

const title = "Check your bid before submitting it";

function CheckView({ opportunity, reference, bid }: BidPageData) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const { errors, showFieldErrors, showError } = useFormErrors(bidFieldLinks(opportunity));
  usePageTitle(errors ? `Error: ${title}` : title);
  const open = opportunity.status === "open";

  async function submit() {
    if (!bid) return;
    setBusy(true);
    try {
      const submitted = await submitBid(opportunity.id, bid.version);
      queryClient.setQueryData(opportunityKeys.myBid(opportunity.id), submitted);
      await queryClient.invalidateQueries({ queryKey: opportunityKeys.one(opportunity.id) });
      navigate(bidPath(opportunity.id, "/submitted"));
    } catch (error) {
      setBusy(false);
      // Every missing part, each linking to the section (and field) where it is filled in.
      if (error instanceof ApiError && error.status === 400 && error.problem?.errors?.length) {
        showFieldErrors(error.problem.errors, error.detail);
        return;
      }
      showError(error);
    }
  }

  return (
    <>
      <BackLink href={bidPath(opportunity.id)} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <FormErrorSummary errors={errors} />
          <PageHeading caption={opportunity.title}>{title}</PageHeading>
          {bid === null ? (
            <>
              <InsetText>You have not started your bid yet.</InsetText>
              <p className="govuk-body">
                <AppLink href={bidPath(opportunity.id)} className="govuk-link">
                  Go to your bid
                </AppLink>
              </p>
            </>
          ) : (
            <>
              <BidSummary
                content={bid.content}
                organisationId={bid.organisationId}
                opportunity={opportunity}
                reference={reference}
                changeLinks={open}
              />
              {!open ? (
                <InsetText>The deadline has passed. Your bid can no longer be changed.</InsetText>
              ) : bid.status === "submitted" ? (
                <InsetText>
                  Your bid has been submitted. If you change any part of it, you must submit it again.
                </InsetText>
              ) : (
                <>
                  <h2 className="govuk-heading-m">Now submit your bid</h2>
                  <p className="govuk-body">
                    By submitting this bid you confirm that, to the best of your knowledge, it is accurate and
                    your organisation can deliver it at the prices given.
                  </p>
                  {opportunity.submissionDeadline ? (
                    <p className="govuk-body">
                      Your bid stays sealed until {formatDeadline(opportunity.submissionDeadline)}. You can
                      change or withdraw it until then.
                    </p>
                  ) : null}
                  <Button onClick={() => void submit()} disabled={busy}>
                    Submit bid
                  </Button>
                </>
              )}
            </>
          )}
        </div>
      </div>
    </>
  );
}

/** `/opportunities/:opportunityId/bid/check`: check the whole bid, then submit it. */
export function CheckBidPage() {
  return <WithBid title={title} render={(data) => <CheckView {...data} />} />;
}
