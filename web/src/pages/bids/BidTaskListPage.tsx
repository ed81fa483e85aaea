import { useQueryClient } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { versionOnlySchema } from "#shared/opportunities/opportunity.ts";
import { formatDeadline } from "#shared/time/format-deadline.ts";
import { opportunityKeys, withdrawBid } from "../../api/opportunities.ts";
import { Button, ButtonLink, InsetText, NotificationBanner, Tag } from "../../components/govuk/index.ts";
import { BackLink, TaskList, type TaskListItem } from "../../components/govuk/journey.ts";
import { FlashBanner } from "../../components/page/FlashBanner.tsx";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { formatDateTime, plural } from "../../format/format.ts";
import { FormErrorSummary } from "../../forms/FormErrorSummary.tsx";
import { GovForm } from "../../forms/GovForm.tsx";
import { useGovForm } from "../../forms/use-gov-form.ts";
import { bidStatusTags } from "../opportunities/labels.ts";
import { bidTaskListView } from "./bid-progress.presenter.ts";
import { attachmentsHref, type BidSection, bidPath, type SectionStatus } from "./bid-sections.ts";
import { type BidPageData, WithBid } from "./with-bid.tsx";

const noFields: readonly string[] = [];

const statusViews: Record<SectionStatus, TaskListItem["status"]> = {
  "not-started": { text: "Not started", tag: true },
  "in-progress": { text: "In progress", tag: true, colour: "yellow" },
  completed: { text: "Completed" },
};

const taskItems = (sections: BidSection[], editable: boolean): TaskListItem[] =>
  sections.map((section) => ({
    title: section.title,
    ...(editable ? { href: section.href } : {}),
    ...(section.hint ? { hint: section.hint } : {}),
    status: statusViews[section.status],
  }));

function TaskListView({ opportunity, bid }: BidPageData) {
  const queryClient = useQueryClient();
  const [withdrawn, setWithdrawn] = useState(false);
  const view = bidTaskListView(opportunity, bid);
  const { open, sections } = view;
  const form = useGovForm({
    schema: versionOnlySchema,
    defaultValues: {},
    toRequest: useMemo(() => () => ({ version: bid?.version ?? 0 }), [bid]),
    fields: noFields,
  });
  const onWithdraw = form.submit(async ({ version }) => {
    const saved = await withdrawBid(opportunity.id, version);
    queryClient.setQueryData(opportunityKeys.myBid(opportunity.id), saved);
    setWithdrawn(true);
  });

  return (
    <>
      <BackLink href={`/opportunities/${opportunity.id}`} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <FormErrorSummary errors={form.errors} />
          {withdrawn ? <NotificationBanner type="success" heading="Bid withdrawn" /> : <FlashBanner />}
          <PageHeading caption={opportunity.title}>Your bid</PageHeading>
          <p className="govuk-body">
            Status:{" "}
            {bid ? (
              <Tag colour={bidStatusTags[bid.status].colour}>{bidStatusTags[bid.status].text}</Tag>
            ) : (
              <Tag colour="grey">Not started</Tag>
            )}
          </p>
          {opportunity.submissionDeadline ? (
            <p className="govuk-body">
              {open ? "Submit your bid by " : "The deadline for bids was "}
              {formatDeadline(opportunity.submissionDeadline)}.
            </p>
          ) : null}
          {view.notice === "closed" ? (
            <InsetText>The deadline has passed. Your bid can no longer be changed.</InsetText>
          ) : null}
          {view.notice === "submitted" ? (
            <InsetText>
              You submitted your bid{bid?.submittedAt ? ` on ${formatDateTime(bid.submittedAt)}` : ""}. It
              stays sealed until the deadline. If you change any part of it, you must submit it again.
            </InsetText>
          ) : null}
          {view.notice === "withdrawn" ? (
            <InsetText>
              You withdrew your bid. You can change it and submit it again before the deadline.
            </InsetText>
          ) : null}
          <p className="govuk-body">
            You have completed {view.completed} of {view.total} sections.
          </p>
          <h2 className="govuk-heading-m">Intervention offers</h2>
          <p className="govuk-body">Make an offer for each complexity tier the opportunity asks for.</p>
          <TaskList idPrefix="offers" items={taskItems(sections.offers, open)} />
          <h2 className="govuk-heading-m">Quality questions</h2>
          <TaskList idPrefix="quality" items={taskItems(sections.quality, open)} />
          <h2 className="govuk-heading-m">Social value</h2>
          <TaskList idPrefix="social-value" items={taskItems(sections["social-value"], open)} />
          <h2 className="govuk-heading-m">Supporting documents</h2>
          <TaskList
            idPrefix="documents"
            items={[
              {
                title: "Supporting documents",
                hint: "Optional: policies, accreditations or evidence that support your answers",
                ...(open ? { href: attachmentsHref(opportunity.id) } : {}),
                status: {
                  text: view.attachments ? plural(view.attachments, "document") : "None attached",
                },
              },
            ]}
          />
          {view.finish === "view-or-withdraw" || view.finish === "check-and-submit" ? (
            <h2 className="govuk-heading-m">Submit your bid</h2>
          ) : null}
          {view.finish === "view-or-withdraw" ? (
            <GovForm form={form} onSubmit={onWithdraw}>
              <div className="govuk-button-group">
                <ButtonLink href={bidPath(opportunity.id, "/check")} variant="secondary">
                  View your answers
                </ButtonLink>
                <Button type="submit" variant="warning" disabled={form.busy}>
                  Withdraw bid
                </Button>
              </div>
            </GovForm>
          ) : null}
          {view.finish === "check-and-submit" ? (
            <ButtonLink href={bidPath(opportunity.id, "/check")}>Check your answers and submit</ButtonLink>
          ) : null}
          {view.finish === "view" ? (
            <ButtonLink href={bidPath(opportunity.id, "/check")} variant="secondary">
              View your answers
            </ButtonLink>
          ) : null}
        </div>
      </div>
    </>
  );
}

/** `/opportunities/:opportunityId/bid`: the bid's task list — each section with its status. */
export function BidTaskListPage() {
  return <WithBid title="Your bid" render={(data) => <TaskListView {...data} />} />;
}
