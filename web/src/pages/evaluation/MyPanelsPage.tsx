import { useMyPanels } from "../../api/evaluation.ts";
import { AppLink, Table } from "../../components/govuk/index.ts";
import { BackLink } from "../../components/govuk/journey.ts";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { usePageTitle } from "../../components/page/page-title.ts";
import { settle } from "../../components/page/query-state.tsx";
import { formatDateTime } from "../../format/format.ts";
import { evaluationPath } from "./with-evaluation.tsx";

const title = "Your evaluations";

/** `/evaluations`: the competitions the commissioner sits on the panel of — where their scoring starts. */
export function MyPanelsPage() {
  const panels = useMyPanels();
  const state = settle(panels);
  usePageTitle(state.title ?? title);
  if (!state.ready) return state.view;
  const [page] = state.data;
  return (
    <>
      <BackLink href="/" />
      <PageHeading>{title}</PageHeading>
      {page.items.length === 0 ? (
        <p className="govuk-body">You are not on any evaluation panel.</p>
      ) : (
        <Table
          caption="Competitions you evaluate"
          captionSize="s"
          firstCellIsHeader
          columns={[
            { key: "title", header: "Competition" },
            { key: "assigned", header: "Added to the panel" },
          ]}
          rows={page.items.map((p) => ({
            id: p.opportunityId,
            cells: {
              title: (
                <AppLink href={evaluationPath(p.opportunityId)} className="govuk-link">
                  {p.opportunityTitle}
                </AppLink>
              ),
              assigned: formatDateTime(p.assignedAt),
            },
          }))}
        />
      )}
    </>
  );
}
