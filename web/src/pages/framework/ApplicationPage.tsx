import { useParams } from "react-router";
import type { Application } from "#shared/framework/application.ts";
import type { ReferenceData } from "#shared/reference/schema.ts";
import { useApplication } from "../../api/framework.ts";
import { useReference } from "../../api/queries.ts";
import { referenceLookup } from "../../api/reference-lookup.ts";
import { AttachmentList } from "../../components/documents/AttachmentList.tsx";
import { AppLink, ButtonLink, SummaryList, type SummaryListRow, Tag } from "../../components/govuk/index.ts";
import { BackLink } from "../../components/govuk/journey.ts";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { usePageTitle } from "../../components/page/page-title.ts";
import { settle } from "../../components/page/query-state.tsx";
import { formatDateTime } from "../../format/format.ts";
import { sizeLabels } from "../home/labels.ts";
import { applicationStatusTags } from "./labels.ts";

function List({ names }: { names: string[] }) {
  return (
    <ul className="govuk-list">
      {names.map((name) => (
        <li key={name}>{name}</li>
      ))}
    </ul>
  );
}

/** An application's details as summary list rows (the organisation, what it offers, where, and the decision). */
export function applicationRows(application: Application, reference: ReferenceData): SummaryListRow[] {
  const lookup = referenceLookup(reference);
  return [
    { key: "Organisation name", value: application.organisationName },
    { key: "Legal form", value: application.legalForm },
    { key: "Charity or company number", value: application.registrationNumber },
    { key: "Size", value: sizeLabels[application.size] },
    { key: "VCSE", value: application.vcse ? "Yes" : "No" },
    {
      key: "Need areas",
      value: <List names={application.needAreaIds.map((id) => lookup.needArea(id)?.name ?? id)} />,
    },
    {
      key: "Regions",
      value: <List names={application.regionIds.map((id) => lookup.region(id)?.name ?? id)} />,
    },
    {
      key: "Declarations",
      value: "Meets the safeguarding and data protection requirements",
    },
    { key: "Submitted", value: formatDateTime(application.submittedAt) },
    {
      key: "Status",
      value: (
        <Tag colour={applicationStatusTags[application.status].colour}>
          {applicationStatusTags[application.status].text}
        </Tag>
      ),
    },
    ...(application.decidedAt ? [{ key: "Decided", value: formatDateTime(application.decidedAt) }] : []),
    ...(application.decisionReason ? [{ key: "Reason", value: application.decisionReason }] : []),
  ];
}

/** `/framework/applications/:applicationId`: one application for a framework administrator to decide. */
export function ApplicationPage() {
  const { applicationId = "" } = useParams();
  const application = useApplication(applicationId);
  const reference = useReference();
  const state = settle(application, reference);
  const heading = application.data?.organisationName ?? "Application";
  usePageTitle(state.title ?? `${heading} – application to join the framework`);
  if (!state.ready) return state.view;
  const [app, referenceData] = state.data;
  return (
    <>
      <BackLink href="/framework/applications" />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <PageHeading caption="Application to join the framework">{app.organisationName}</PageHeading>
          <SummaryList rows={applicationRows(app, referenceData)} />
          <h2 className="govuk-heading-m">Supporting documents</h2>
          <AttachmentList
            attachments={app.attachments}
            downloadPath={(documentId) =>
              `/api/framework/applications/${encodeURIComponent(app.id)}/documents/${encodeURIComponent(documentId)}`
            }
          />
          {app.status === "submitted" ? (
            <ButtonLink href={`/framework/applications/${app.id}/decision`}>
              Decide on this application
            </ButtonLink>
          ) : null}
          {app.status === "admitted" ? (
            <p className="govuk-body">
              <AppLink
                href={`/framework/suppliers/${encodeURIComponent(app.organisationId)}/membership`}
                className="govuk-link"
              >
                Membership: suspend, remove or reinstate this supplier
              </AppLink>
            </p>
          ) : null}
        </div>
      </div>
    </>
  );
}
