import type { ReferenceData } from "#shared/reference/schema.ts";
import { useMyApplications } from "../../api/framework.ts";
import { referenceLookup } from "../../api/reference-lookup.ts";
import { Table, Tag } from "../../components/govuk/index.ts";
import { ErrorSummary } from "../../components/govuk/index.ts";
import { Loading } from "../../components/page/Loading.tsx";
import { formatDateTime } from "../../format/format.ts";
import { formatList } from "../home/labels.ts";
import { applicationStatusTags } from "./labels.ts";

/** The provider's own applications to join the framework, newest first, with decisions and reasons. */
export function YourApplications({ reference }: { reference: ReferenceData }) {
  const applications = useMyApplications();
  const lookup = referenceLookup(reference);
  if (applications.isPending) return <Loading what="your applications" />;
  if (applications.isError) {
    return <ErrorSummary errors={[]} description="Your applications could not be loaded. Try again later." />;
  }
  if (applications.data.items.length === 0) return null;
  return (
    <Table
      caption="Your applications"
      columns={[
        { key: "submitted", header: "Submitted" },
        { key: "needAreas", header: "Need areas" },
        { key: "regions", header: "Regions" },
        { key: "status", header: "Status" },
        { key: "reason", header: "Decision" },
      ]}
      rows={applications.data.items.map((application) => ({
        id: application.id,
        cells: {
          submitted: formatDateTime(application.submittedAt),
          needAreas: formatList(application.needAreaIds.map((id) => lookup.needArea(id)?.name ?? id)),
          regions: formatList(application.regionIds.map((id) => lookup.region(id)?.name ?? id)),
          status: (
            <Tag colour={applicationStatusTags[application.status].colour}>
              {applicationStatusTags[application.status].text}
            </Tag>
          ),
          reason:
            application.status === "submitted"
              ? "Waiting for a framework administrator"
              : (application.decisionReason ??
                (application.status === "admitted" ? "Admitted to the framework" : "No reason given")),
        },
      }))}
    />
  );
}
