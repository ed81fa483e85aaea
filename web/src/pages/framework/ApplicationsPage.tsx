import { useSearchParams } from "react-router";
import * as z from "zod";
import {
  type ApplicationOrder,
  applicationOrderSchema,
  type ApplicationStatus,
  applicationStatusSchema,
} from "#shared/framework/application.ts";
import { useApplications } from "../../api/framework.ts";
import { useMe, useReference } from "../../api/queries.ts";
import { referenceLookup } from "../../api/reference-lookup.ts";
import { AppLink, Button, InsetText, Table, Tag } from "../../components/govuk/index.ts";
import { NextPageLink } from "../../components/govuk/journey.ts";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { usePageTitle } from "../../components/page/page-title.ts";
import { settle } from "../../components/page/query-state.tsx";
import { formatDateTime } from "../../format/format.ts";
import { FormSelect } from "../../forms/fields.tsx";
import { GovForm } from "../../forms/GovForm.tsx";
import { useGovForm } from "../../forms/use-gov-form.ts";
import { NotFoundPage } from "../errors/NotFoundPage.tsx";
import { formatList } from "../home/labels.ts";
import { applicationOrders, decisionDue } from "./applications.presenter.ts";
import { applicationStatusTags } from "./labels.ts";
import { MarketBanner } from "./MarketBanner.tsx";

const headings: Record<ApplicationStatus, string> = {
  submitted: "Applications to decide",
  admitted: "Admitted applications",
  rejected: "Rejected applications",
};

const filterSchema = z.object({
  status: z.enum(applicationStatusSchema.options, { message: "Select a status from the list" }),
  order: applicationOrderSchema,
});
const filterFields = ["status", "order"] as const;

/** The status filter and order: their values come from the address, and applying writes it (Back works). */
function StatusFilter({
  status,
  order,
  onApply,
}: {
  status: ApplicationStatus;
  order: ApplicationOrder;
  onApply: (filter: { status: string; order: string }) => void;
}) {
  const filter = useGovForm({ schema: filterSchema, defaultValues: { status, order }, fields: filterFields });
  const onSubmit = filter.submit(async (request) => onApply(request));
  return (
    <GovForm form={filter} onSubmit={onSubmit} label="Filter applications">
      <FormSelect
        name="status"
        label="Status"
        items={applicationStatusSchema.options.map((s) => ({
          value: s,
          text: applicationStatusTags[s].text,
        }))}
      />
      <FormSelect name="order" label="Sort by" items={applicationOrders} />
      <Button type="submit" variant="secondary">
        Apply filters
      </Button>
    </GovForm>
  );
}

/** "Due 7 January 2027", tagged "Overdue" once the date has passed; a dash once decided. */
function DueCell({ due }: { due: ReturnType<typeof decisionDue> }) {
  if (!due) return <>—</>;
  return (
    <>
      {due.text}
      {due.overdue ? (
        <>
          {" "}
          <Tag colour="red">Overdue</Tag>
        </>
      ) : null}
    </>
  );
}

/** `/framework/applications`: applications by status for framework administrators, by decision due date. */
export function ApplicationsPage() {
  const [params, setParams] = useSearchParams();
  const parsed = applicationStatusSchema.safeParse(params.get("status") ?? "submitted");
  const status: ApplicationStatus = parsed.success ? parsed.data : "submitted";
  const order = applicationOrderSchema.safeParse(params.get("order") ?? "due-soonest").data ?? "due-soonest";
  const cursor = params.get("cursor") ?? undefined;
  const me = useMe();
  const reference = useReference();
  const applications = useApplications(status, order, cursor);
  const notAdmin = me.data !== undefined && !me.data.user.frameworkAdmin;
  const state = settle(me, reference, applications);
  usePageTitle(notAdmin ? "Page not found" : (state.title ?? headings[status]));
  if (notAdmin) return <NotFoundPage />;

  const lookup = state.ready ? referenceLookup(state.data[1]) : undefined;
  return (
    <>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <MarketBanner />
          <PageHeading caption="Framework administration">{headings[status]}</PageHeading>
          <ul className="govuk-list">
            <li>
              <AppLink href="/procurements/framework/notices">The dynamic market's notices</AppLink>
            </li>
            <li>
              <AppLink href="/framework/cessation">End the dynamic market</AppLink>
            </li>
          </ul>
          <StatusFilter
            key={`${status}-${order}`}
            status={status}
            order={order}
            onApply={(next) => setParams(next)}
          />
        </div>
      </div>
      {!state.ready ? (
        state.view
      ) : state.data[2].items.length === 0 ? (
        <InsetText>There are no applications with this status.</InsetText>
      ) : (
        <>
          <Table
            caption={cursor ? `${headings[status]} (continued)` : headings[status]}
            captionSize="m"
            firstCellIsHeader
            columns={[
              { key: "organisation", header: "Organisation" },
              { key: "submitted", header: "Submitted" },
              { key: "due", header: "Decision" },
              { key: "needAreas", header: "Need areas" },
              { key: "regions", header: "Regions" },
              { key: "status", header: "Status" },
            ]}
            rows={state.data[2].items.map((application) => ({
              id: application.id,
              cells: {
                organisation: (
                  <AppLink href={`/framework/applications/${application.id}`} className="govuk-link">
                    {application.organisationName}
                  </AppLink>
                ),
                submitted: formatDateTime(application.submittedAt),
                due: <DueCell due={decisionDue(application)} />,
                needAreas: formatList(application.needAreaIds.map((id) => lookup?.needArea(id)?.name ?? id)),
                regions: formatList(application.regionIds.map((id) => lookup?.region(id)?.name ?? id)),
                status: (
                  <Tag colour={applicationStatusTags[application.status].colour}>
                    {applicationStatusTags[application.status].text}
                  </Tag>
                ),
              },
            }))}
          />
          {state.data[2].nextCursor ? (
            <NextPageLink
              href={`/framework/applications?${new URLSearchParams({ status, order, cursor: state.data[2].nextCursor }).toString()}`}
            />
          ) : null}
        </>
      )}
    </>
  );
}
