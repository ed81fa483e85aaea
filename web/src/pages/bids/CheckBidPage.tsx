import { useQueryClient } from "@tanstack/react-query";
import { useMemo } from "react";
import { useNavigate } from "react-router";
import { versionOnlySchema } from "#shared/opportunities/opportunity.ts";
import { formatDeadline } from "#shared/time/format-deadline.ts";
import { opportunityKeys, submitBid } from "../../api/opportunities.ts";
import { AppLink, Button, InsetText } from "../../components/govuk/index.ts";
import { BackLink } from "../../components/govuk/journey.ts";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { usePageTitle } from "../../components/page/page-title.ts";
import { FormErrorSummary } from "../../forms/FormErrorSummary.tsx";
import { GovForm } from "../../forms/GovForm.tsx";
import { useGovForm } from "../../forms/use-gov-form.ts";
import { checkBidView } from "./bid-progress.presenter.ts";
import { BidSummary } from "./BidSummary.tsx";
import { bidFieldLinks, bidPath } from "./bid-sections.ts";
import { type BidPageData, WithBid } from "./with-bid.tsx";

const title = "Check your bid before submitting it";

function CheckView({ opportunity, reference, bid }: BidPageData) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  // Submitting sends only the version; the API names every missing part, each linked to the section
  // (and field) where it is filled in, under its explanation ("Your bid is not complete").
  const form = useGovForm({
    schema: versionOnlySchema,
    defaultValues: {},
    toRequest: useMemo(() => () => ({ version: bid?.version ?? 0 }), [bid]),
    fields: useMemo(() => bidFieldLinks(opportunity), [opportunity]),
    explainFieldErrors: true,
  });
  const { errors, busy } = form;
  usePageTitle(errors ? `Error: ${title}` : title);
  const view = checkBidView(opportunity, bid);

  const onSubmit = form.submit(async ({ version }) => {
    const submitted = await submitBid(opportunity.id, version);
    queryClient.setQueryData(opportunityKeys.myBid(opportunity.id), submitted);
    await queryClient.invalidateQueries({ queryKey: opportunityKeys.one(opportunity.id) });
    navigate(bidPath(opportunity.id, "/submitted"));
  });

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
                changeLinks={view !== "closed"}
              />
              {view === "closed" ? (
                <InsetText>The deadline has passed. Your bid can no longer be changed.</InsetText>
              ) : view === "submitted" ? (
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
                  <GovForm form={form} onSubmit={onSubmit}>
                    <Button type="submit" disabled={busy}>
                      Submit bid
                    </Button>
                  </GovForm>
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
