import { useParams } from "react-router";
import { useContracts } from "../../api/evaluation.ts";
import { AppLink, BackLink, Table } from "../../components/govuk/index.ts";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { usePageTitle } from "../../components/page/page-title.ts";
import { settle } from "../../components/page/query-state.tsx";
import { formatDate } from "../../format/format.ts";

const title = "Contracts";

/** `/contracts` (a provider's own) and `/opportunities/:opportunityId/contracts` (a competition's). */
export function ContractsPage() {
  const { opportunityId } = useParams();
  const contracts = useContracts(opportunityId);
  const state = settle(contracts);
  usePageTitle(state.title ?? title);
  if (!state.ready) return state.view;
  const [page] = state.data;
  return (
    <>
      <BackLink href={opportunityId ? `/opportunities/${opportunityId}/evaluation` : "/"} />
      <PageHeading>{title}</PageHeading>
      {page.items.length === 0 ? (
        <p className="govuk-body">There are no contracts yet.</p>
      ) : (
        <Table
          caption={opportunityId ? "Contracts of this competition" : "Your contracts"}
          captionSize="s"
          firstCellIsHeader
          columns={[
            { key: "reference", header: "Reference" },
            { key: "provider", header: "Provider" },
            { key: "service", header: "Competition" },
            { key: "period", header: "Runs" },
          ]}
          rows={page.items.map((c) => ({
            id: c.id,
            cells: {
              reference: (
                <AppLink href={`/contracts/${c.id}`} className="govuk-link">
                  {c.reference}
                </AppLink>
              ),
              provider: c.organisationName,
              service: c.opportunityTitle,
              period: `${formatDate(c.startDate)} to ${formatDate(c.endDate)}`,
            },
          }))}
        />
      )}
    </>
  );
}
