import { useSearchParams } from "react-router";
import type { Me } from "#shared/accounts/me.ts";
import { type OpportunityStatus, opportunityListQuerySchema } from "#shared/opportunities/opportunity.ts";
import type { ReferenceData } from "#shared/reference/schema.ts";
import { formatDeadline } from "#shared/time/format-deadline.ts";
import { type OpportunityFilters, useOpportunities } from "../../api/opportunities.ts";
import { useMe, useReference } from "../../api/queries.ts";
import { referenceLookup } from "../../api/reference-lookup.ts";
import { AppLink, Button, ButtonLink, InsetText, Table } from "../../components/govuk/index.ts";
import { NextPageLink } from "../../components/govuk/journey.ts";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { countOf, LiveStatus } from "../../components/page/LiveStatus.tsx";
import { usePageTitle } from "../../components/page/page-title.ts";
import { settle } from "../../components/page/query-state.tsx";
import { FormSelect } from "../../forms/fields.tsx";
import { GovForm } from "../../forms/GovForm.tsx";
import { useGovForm } from "../../forms/use-gov-form.ts";
import { formatTiers } from "../home/labels.ts";
import { opportunityStatusTags } from "./labels.ts";
import { OpportunityTag } from "./OpportunityTag.tsx";
import { filtersFrom, nextPageHref, opportunitiesView, searchFor } from "./OpportunitiesPage.presenter.ts";

const title = "Opportunities";

/** The list's filters from the address; applying the form writes them back (GET semantics: shareable, Back works). */
function useFilters(regions: readonly string[], statuses: readonly OpportunityStatus[]) {
  const [params, setParams] = useSearchParams();
  const filters = filtersFrom(params, regions, statuses);
  const apply = (next: FilterValues) => setParams(searchFor(next));
  return { filters, apply };
}

interface FilterValues {
  region: string;
  status: string;
  needArea: string;
}

const filterSchema = opportunityListQuerySchema.pick({ region: true, status: true, needArea: true });
const filterFields = ["region", "status", "needArea"] as const;
const filterRequest = (values: FilterValues) => ({ ...values, needArea: values.needArea || undefined });

function FilterForm({
  filters,
  regions,
  statuses,
  reference,
  withNeedArea,
  onApply,
}: {
  filters: OpportunityFilters;
  regions: readonly string[];
  statuses: readonly OpportunityStatus[];
  reference: ReferenceData;
  withNeedArea: boolean;
  onApply: (next: FilterValues) => void;
}) {
  const lookup = referenceLookup(reference);
  const filter = useGovForm({
    schema: filterSchema,
    toRequest: filterRequest,
    defaultValues: { region: filters.region, status: filters.status, needArea: filters.needArea ?? "" },
    fields: filterFields,
  });
  const onSubmit = filter.submit(async (_, values) => onApply(values));
  return (
    <GovForm form={filter} onSubmit={onSubmit} label="Filter opportunities">
      <FormSelect
        name="region"
        label="Region"
        items={regions.map((id) => ({ value: id, text: lookup.region(id)?.name ?? id }))}
      />
      <FormSelect
        name="status"
        label="Status"
        items={statuses.map((s) => ({ value: s, text: opportunityStatusTags[s].text }))}
      />
      {withNeedArea ? (
        <FormSelect
          name="needArea"
          label="Need area"
          items={[
            { value: "", text: "All need areas" },
            ...reference.needAreas.map((area) => ({ value: area.id, text: area.name })),
          ]}
        />
      ) : null}
      <Button type="submit" variant="secondary">
        Apply filters
      </Button>
    </GovForm>
  );
}

function OpportunityList({
  me,
  reference,
  regions,
  statuses,
  withNeedArea,
}: {
  me: Me;
  reference: ReferenceData;
  regions: readonly string[];
  statuses: readonly OpportunityStatus[];
  withNeedArea: boolean;
}) {
  const lookup = referenceLookup(reference);
  const { filters, apply } = useFilters(regions, statuses);
  const opportunities = useOpportunities(filters, filters.region !== "");
  const state = settle(opportunities);
  const commissioner = me.user.role === "commissioner";
  const regionName = lookup.region(filters.region)?.name ?? filters.region;
  const caption = `${opportunityStatusTags[filters.status].text} opportunities in ${regionName}`;
  return (
    <>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <PageHeading caption={commissioner ? "Commissioning" : me.organisation?.name}>{title}</PageHeading>
          {commissioner ? (
            <ButtonLink href="/opportunities/new">Create an opportunity</ButtonLink>
          ) : (
            <p className="govuk-body">
              These are the opportunities your organisation may bid for: those in the need areas and regions
              it was admitted for.
            </p>
          )}
        </div>
      </div>
      {regions.length === 0 ? (
        <InsetText>
          {commissioner
            ? "You are not set up to commission for any region yet."
            : "Your organisation does not serve any region yet."}
        </InsetText>
      ) : (
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-one-third">
            <h2 className="govuk-heading-m">Filter</h2>
            <FilterForm
              // Start again from the address when it changes (for example, the back button).
              key={`${filters.region}-${filters.status}-${filters.needArea ?? ""}`}
              filters={filters}
              regions={regions}
              statuses={statuses}
              reference={reference}
              withNeedArea={withNeedArea}
              onApply={apply}
            />
          </div>
          <div className="govuk-grid-column-two-thirds">
            <LiveStatus>
              {state.ready
                ? `${countOf(state.data[0].items.length, "opportunity", "opportunities")} shown`
                : ""}
            </LiveStatus>
            {!state.ready ? (
              state.view
            ) : state.data[0].items.length === 0 ? (
              <>
                <h2 className="govuk-heading-m">{caption}</h2>
                <p className="govuk-body">There are no opportunities that match these filters.</p>
              </>
            ) : (
              <>
                <Table
                  caption={caption}
                  columns={[
                    { key: "title", header: "Opportunity" },
                    { key: "needArea", header: "Need area" },
                    ...(commissioner
                      ? [{ key: "status" as const, header: "Status" }]
                      : [{ key: "tiers" as const, header: "Tiers" }]),
                    { key: "deadline", header: "Submission deadline" },
                  ]}
                  rows={state.data[0].items.map((opportunity) => ({
                    id: opportunity.id,
                    cells: {
                      title: (
                        <AppLink href={`/opportunities/${opportunity.id}`} className="govuk-link">
                          {opportunity.title}
                        </AppLink>
                      ),
                      needArea: lookup.needArea(opportunity.needAreaId)?.name ?? opportunity.needAreaId,
                      status: <OpportunityTag status={opportunity.status} />,
                      tiers: opportunity.tiers?.length ? formatTiers(opportunity.tiers) : "Not set",
                      deadline: opportunity.submissionDeadline
                        ? formatDeadline(opportunity.submissionDeadline)
                        : "Not set",
                    },
                  }))}
                />
                {state.data[0].nextCursor ? (
                  <NextPageLink href={nextPageHref(filters, state.data[0].nextCursor)} />
                ) : null}
              </>
            )}
          </div>
        </div>
      )}
    </>
  );
}

/**
 * `/opportunities`: commissioners see their regions' opportunities in any status; providers see the
 * published ones they may bid for. Sorted by submission deadline, soonest first, as the API returns them.
 */
export function OpportunitiesPage() {
  const me = useMe();
  const reference = useReference();
  const state = settle(me, reference);
  usePageTitle(state.title ?? title);
  if (!state.ready) return state.view;
  const [meData, referenceData] = state.data;
  const view = opportunitiesView(meData);
  if (view.kind === "not-admitted") {
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <PageHeading>{title}</PageHeading>
          <InsetText>
            Your organisation must be admitted to the framework before it can see and bid for opportunities.
          </InsetText>
          <p className="govuk-body">
            <AppLink href="/" className="govuk-link">
              Go to your organisation’s home page
            </AppLink>
          </p>
        </div>
      </div>
    );
  }
  return (
    <OpportunityList
      me={meData}
      reference={referenceData}
      regions={view.regions}
      statuses={view.statuses}
      withNeedArea={view.withNeedArea}
    />
  );
}
