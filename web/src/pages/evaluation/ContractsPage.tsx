import { type FormEvent, useState } from "react";
import { useParams, useSearchParams } from "react-router";
import type { Contract } from "#shared/contracts/contract.ts";
import { type ContractFilters, useContracts } from "../../api/evaluation.ts";
import { useMe, useReference } from "../../api/queries.ts";
import { referenceLookup } from "../../api/reference-lookup.ts";
import { AppLink, BackLink, Button, NextPageLink, Select, Table } from "../../components/govuk/index.ts";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { usePageTitle } from "../../components/page/page-title.ts";
import { settle } from "../../components/page/query-state.tsx";
import { formatDate } from "../../format/format.ts";

const title = "Contracts";
const orders = [
  { value: "oldest", text: "Earliest start first" },
  { value: "newest", text: "Latest start first" },
] as const;

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
  onApply: (next: { region: string; order: string }) => void;
}) {
  const [region, setRegion] = useState(filters.region ?? "");
  const [order, setOrder] = useState<string>(filters.order ?? "oldest");
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    onApply({ region, order });
  };
  return (
    <form noValidate onSubmit={onSubmit} method="get" aria-label="Filter contracts">
      {regions.length > 1 ? (
        <Select
          id="region"
          label="Region"
          value={region}
          onChange={setRegion}
          items={regions.map((r) => ({ value: r.id, text: r.name }))}
        />
      ) : null}
      <Select id="order" label="Sort by" value={order} onChange={setOrder} items={[...orders]} />
      <Button type="submit" variant="secondary">
        Apply
      </Button>
    </form>
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
  const commissioner = me.data?.user.role === "commissioner";
  const regionIds = me.data?.user.regions ?? [];
  const asked = params.get("region");
  const filters: ContractFilters = opportunityId
    ? { opportunityId }
    : {
        region: commissioner ? (asked && regionIds.includes(asked) ? asked : regionIds[0]) : undefined,
        order: params.get("order") === "newest" ? "newest" : "oldest",
        cursor: params.get("cursor") ?? undefined,
      };
  const contracts = useContracts(filters);
  const state = settle(me, reference, contracts);
  usePageTitle(state.title ?? title);
  if (!state.ready) return state.view;
  const [, ref, page] = state.data;
  const lookup = referenceLookup(ref);
  const regions = regionIds.map((id) => ({ id, name: lookup.region(id)?.name ?? id }));
  const regionName = regions.find((r) => r.id === filters.region)?.name;
  const caption = opportunityId
    ? "Contracts of this competition"
    : regionName
      ? `Contracts in ${regionName}`
      : "Your contracts";
  const link = (extra: Record<string, string>) => {
    const search = new URLSearchParams();
    if (filters.region) search.set("region", filters.region);
    if (filters.order) search.set("order", filters.order);
    for (const [k, v] of Object.entries(extra)) search.set(k, v);
    return `/contracts?${search.toString()}`;
  };
  return (
    <>
      <BackLink href={opportunityId ? `/opportunities/${opportunityId}/evaluation` : "/"} />
      <PageHeading caption={commissioner ? "Commissioning" : undefined}>{title}</PageHeading>
      {opportunityId ? null : (
        <Filters
          key={`${filters.region ?? ""}-${filters.order ?? ""}`}
          regions={commissioner ? regions : []}
          filters={filters}
          onApply={(next) => setParams(commissioner ? next : { order: next.order })}
        />
      )}
      {page.items.length === 0 ? (
        <>
          <h2 className="govuk-heading-m">{caption}</h2>
          <p className="govuk-body">
            {commissioner && !opportunityId
              ? "There are no contracts in this region yet. Contracts appear here once a competition's standstill period ends and its contracts are created."
              : "There are no contracts yet."}
          </p>
        </>
      ) : (
        <ContractTable caption={caption} items={page.items} />
      )}
      {page.nextCursor && !opportunityId ? <NextPageLink href={link({ cursor: page.nextCursor })} /> : null}
      {filters.cursor ? (
        <p className="govuk-body">
          <AppLink href={link({})} className="govuk-link">
            Back to the first page
          </AppLink>
        </p>
      ) : null}
    </>
  );
}
