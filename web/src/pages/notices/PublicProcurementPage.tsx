import { useParams } from "react-router";
import { apiUrl } from "../../api/client.ts";
import { usePublicProcurement } from "../../api/notices.ts";
import { AppLink, Table } from "../../components/govuk/index.ts";
import { BackLink } from "../../components/govuk/journey.ts";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { usePageTitle } from "../../components/page/page-title.ts";
import { settle } from "../../components/page/query-state.tsx";
import { formatDateTime } from "../../format/format.ts";

/** `/procurements/:procurementId`: a procurement's notices in order, and its open contracting data. */
export function PublicProcurementPage() {
  const { procurementId = "" } = useParams();
  const state = settle(usePublicProcurement(procurementId));
  usePageTitle(state.title ?? (state.ready ? state.data[0].procurementTitle : "Procurement"));
  if (!state.ready) return state.view;
  const [p] = state.data;
  const api = `/api/public/procurements/${encodeURIComponent(procurementId)}`;
  return (
    <>
      <BackLink href="/notices" />
      <PageHeading caption="Procurement">{p.procurementTitle}</PageHeading>
      <p className="govuk-body">OCDS identifier (ocid): {p.ocid}</p>
      <Table
        caption="Its notices, in the order they were published"
        captionSize="m"
        columns={[
          { key: "notice", header: "Notice" },
          { key: "published", header: "Published" },
        ]}
        rows={p.items.map((n) => ({
          id: n.id,
          cells: {
            notice: (
              <AppLink href={`/notices/${n.id}`}>
                {n.corrects ? `${n.kindName} (correction)` : n.kindName}
              </AppLink>
            ),
            published: n.publishedAt ? formatDateTime(n.publishedAt) : "",
          },
        }))}
      />
      <h2 className="govuk-heading-m">Open contracting data</h2>
      <ul className="govuk-list">
        <li>
          <a className="govuk-link" href={apiUrl(`${api}/record`)} download={`${p.ocid}-record.json`}>
            Download the OCDS record (JSON)
          </a>
        </li>
        <li>
          <a className="govuk-link" href={apiUrl(`${api}/releases`)} download={`${p.ocid}-releases.json`}>
            Download every release as a release package (JSON)
          </a>
        </li>
      </ul>
    </>
  );
}
