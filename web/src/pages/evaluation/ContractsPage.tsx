import { useParams, useSearchParams } from "react-router";
import type { Contract } from "#shared/contracts/contract.ts";
import { type ContractFilters, useContracts } from "../../api/evaluation.ts";
import { useMe, useReference } from "../../api/queries.ts";
import { referenceLookup } from "../../api/reference-lookup.ts";
import { AppLink, Button, Table, Tag } from "../../components/govuk/index.ts";
import { BackLink, NextPageLink } from "../../components/govuk/journey.ts";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { usePageTitle } from "../../components/page/page-title.ts";
import { settle } from "../../components/page/query-state.tsx";
import { formatDate } from "../../format/format.ts";
import { FormCheckboxes, FormSelect } from "../../forms/fields.tsx";
import { supplierTag } from "../contracts/supplier-standing.ts";
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
  isFiltered,
  sortedColumn,
} from "./contracts.presenter.ts";

const title = "Contracts";
const orders = [
  { value: "oldest", text: "Start date, earliest first" },
  { value: "newest", text: "Start date, latest first" },
  { value: "ending-soonest", text: "End date, soonest first" },
  { value: "ending-latest", text: "End date, latest first" },
] as const;
const statusOptions = [
  { value: "", text: "Any status" },
  { value: "live", text: "Live" },
  { value: "terminated", text: "Terminated" },
  { value: "expired", text: "Expired" },
];
const statusText = { live: "Live", terminated: "Terminated", expired: "Expired" } as const;
const filterFields = ["region", "status", "needArea", "ending", "order"] as const;

/** The provider's name, tagged when it has been suspended or removed from the dynamic market. */
function ProviderCell({ contract }: { contract: Contract }) {
  const tag = supplierTag(contract);
  return (
    <>
      {contract.organisationName}
      {tag ? (
        <>
          {" "}
          <Tag colour={tag.colour}>{tag.text}</Tag>
        </>
      ) : null}
    </>
  );
}

function ContractTable({
  caption,
  items,
  filters,
  needArea,
}: {
  caption: string;
  items: Contract[];
  filters: ContractFilters;
  needArea: (id: string) => string;
}) {
  const sorted = sortedColumn(filters);
  const sort = (column: "starts" | "ends") => (sorted.column === column ? sorted.direction : undefined);
  return (
    <Table
      caption={caption}
      captionSize="s"
      firstCellIsHeader
      columns={[
        { key: "reference", header: "Reference" },
        { key: "provider", header: "Provider" },
        { key: "need", header: "Need area" },
        { key: "status", header: "Status" },
        { key: "starts", header: "Starts", sort: sort("starts") },
        { key: "ends", header: "Ends", sort: sort("ends") },
      ]}
      rows={items.map((c) => ({
        id: c.id,
        cells: {
          reference: (
            <AppLink href={`/contracts/${c.id}`} className="govuk-link">
              {c.reference}
            </AppLink>
          ),
          provider: <ProviderCell contract={c} />,
          need: needArea(c.needAreaId),
          status: statusText[c.status ?? "live"],
          starts: formatDate(c.startDate),
          ends: formatDate(c.endDate),
        },
      }))}
    />
  );
}

/** The list's filters and order; applying them starts again at page one. */
function Filters({
  regions,
  needAreas,
  anyRegion,
  filters,
  onApply,
}: {
  regions: { id: string; name: string }[];
  needAreas: { id: string; name: string }[];
  /** A provider may list every region at once; a commissioner lists one region at a time. */
  anyRegion: boolean;
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
            items={[
              ...(anyRegion ? [{ value: "", text: "Any region" }] : []),
              ...regions.map((r) => ({ value: r.id, text: r.name })),
            ]}
          />
        ) : null}
        <FormSelect name="status" label="Status" items={statusOptions} />
        <FormSelect
          name="needArea"
          label="Need area"
          items={[
            { value: "", text: "Any need area" },
            ...needAreas.map((n) => ({ value: n.id, text: n.name })),
          ]}
        />
        <FormCheckboxes
          name="ending"
          legend="End date"
          items={[{ value: "within-90-days", text: "Ending within 90 days" }]}
        />
        <FormSelect name="order" label="Sort by" items={[...orders]} />
        <Button type="submit" variant="secondary">
          Apply
        </Button>
      </GovForm>
    </>
  );
}

/**
 * `/contracts`: a provider's own, or a commissioner's region's, filtered by status, need area, region and
 * ending within 90 days, sorted by start or end date (all in the address, so Back works), paged; `/opportunities/:opportunityId/contracts`: a competition's.
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
  const regions = viewer.commissioner
    ? viewer.regionIds.map((id) => ({ id, name: lookup.region(id)?.name ?? id }))
    : ref.regions.map((r) => ({ id: r.id, name: r.name }));
  const { caption, empty } = contractsCaption(
    viewer,
    opportunityId,
    regions.find((r) => r.id === filters.region)?.name,
    isFiltered(filters),
  );
  return (
    <>
      <BackLink href={opportunityId ? `/opportunities/${opportunityId}/evaluation` : "/"} />
      <PageHeading caption={viewer.commissioner ? "Commissioning" : undefined}>{title}</PageHeading>
      {opportunityId ? null : (
        <Filters
          key={contractsPageLink(filters)}
          regions={regions}
          needAreas={ref.needAreas.map((n) => ({ id: n.id, name: n.name }))}
          anyRegion={!viewer.commissioner}
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
        <ContractTable
          caption={caption}
          items={page.items}
          filters={filters}
          needArea={(id) => lookup.needArea(id)?.name ?? id}
        />
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
