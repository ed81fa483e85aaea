import { useParams, useSearchParams } from "react-router";
import type { Contract } from "#shared/contracts/contract.ts";
import { type ContractFilters, useContracts } from "../../api/evaluation.ts";
import { useMe, useReference } from "../../api/queries.ts";
import { referenceLookup } from "../../api/reference-lookup.ts";
import { AppLink, Button, Table } from "../../components/govuk/index.ts";
import { BackLink, NextPageLink } from "../../components/govuk/journey.ts";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { usePageTitle } from "../../components/page/page-title.ts";
import { settle } from "../../components/page/query-state.tsx";
import { formatDate } from "../../format/format.ts";
import { FormSelect } from "../../forms/fields.tsx";
import { FormErrorSummary } from "../../forms/FormErrorSummary.tsx";
import { GovForm } from "../../forms/GovForm.tsx";
import { useGovForm } from "../../forms/use-gov-form.ts";
import {
  type ContractFilterValues,
  contractFilters,
  contractFiltersSchema,
  contractsCaption,
  contractsPageLink,
  filterParams,
  filterValues,
} from "./contracts.presenter.ts";

const title = "Contracts";
const orders = [
  { value: "oldest", text: "Earliest start first" },
  { value: "newest", text: "Latest start first" },
] as const;
const filterFields = ["region", "order"] as const;

function ContractTable({ caption, items }: { caption: string; items: Contract[] }) {
  return (
    <Table
      caption={caption}
      captionSize="s"
      firstCellIsHeader
      columns={[
        { key: "reference", header: "Reference" },
        { key: "provider", header: "Provider" },
        { key: "service", header: "Competition" },
        { key: "period", header: "Runs" },
      ]}
      rows={items.map((c) => ({
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
  );
}

/** The region and order filters of a commissioner's list; applying them starts again at page one. */
function Filters({
  regions,
  filters,
  onApply,
}: {
  regions: { id: string; name: string }[];
  filters: ContractFilters;
  onApply: (values: ContractFilterValues) => void;
}) {
  const form = useGovForm({
    schema: contractFiltersSchema,
    defaultValues: filterValues(filters),
    fields: filterFields,
  });
  const onSubmit = form.submit(async (values) => onApply(values));
  return (
    <>
      <FormErrorSummary errors={form.errors} />
      <GovForm form={form} onSubmit={onSubmit} label="Filter contracts">
        {regions.length > 1 ? (
          <FormSelect
            name="region"
            label="Region"
            items={regions.map((r) => ({ value: r.id, text: r.name }))}
          />
        ) : null}
        <FormSelect name="order" label="Sort by" items={[...orders]} />
        <Button type="submit" variant="secondary">
          Apply
        </Button>
      </GovForm>
    </>
  );
}

/**
 * `/contracts`: a provider's own, or a commissioner's region's (region and order in the address,
 * paged); `/opportunities/:opportunityId/contracts`: a competition's.
 */
export function ContractsPage() {
  const { opportunityId } = useParams();
  const [params, setParams] = useSearchParams();
  const me = useMe();
  const reference = useReference();
  const viewer = {
    commissioner: me.data?.user.role === "commissioner",
    regionIds: me.data?.user.regions ?? [],
  };
  const filters = contractFilters(params, viewer, opportunityId);
  const contracts = useContracts(filters);
  const state = settle(me, reference, contracts);
  usePageTitle(state.title ?? title);
  if (!state.ready) return state.view;
  const [, ref, page] = state.data;
  const lookup = referenceLookup(ref);
  const regions = viewer.regionIds.map((id) => ({ id, name: lookup.region(id)?.name ?? id }));
  const { caption, empty } = contractsCaption(
    viewer,
    opportunityId,
    regions.find((r) => r.id === filters.region)?.name,
  );
  return (
    <>
      <BackLink href={opportunityId ? `/opportunities/${opportunityId}/evaluation` : "/"} />
      <PageHeading caption={viewer.commissioner ? "Commissioning" : undefined}>{title}</PageHeading>
      {opportunityId ? null : (
        <Filters
          key={`${filters.region ?? ""}-${filters.order ?? ""}`}
          regions={viewer.commissioner ? regions : []}
          filters={filters}
          onApply={(values) => setParams(filterParams(values, viewer))}
        />
      )}
      {page.items.length === 0 ? (
        <>
          <h2 className="govuk-heading-m">{caption}</h2>
          <p className="govuk-body">{empty}</p>
        </>
      ) : (
        <ContractTable caption={caption} items={page.items} />
      )}
      {page.nextCursor && !opportunityId ? (
        <NextPageLink href={contractsPageLink(filters, { cursor: page.nextCursor })} />
      ) : null}
      {filters.cursor ? (
        <p className="govuk-body">
          <AppLink href={contractsPageLink(filters)} className="govuk-link">
            Back to the first page
          </AppLink>
        </p>
      ) : null}
    </>
  );
}
