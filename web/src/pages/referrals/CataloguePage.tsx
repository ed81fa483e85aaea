import { useSearchParams } from "react-router";
import type { CatalogueEntry } from "#shared/catalogue/catalogue.ts";
import type { ReferenceData } from "#shared/reference/schema.ts";
import { useCatalogue } from "../../api/referrals.ts";
import { useMe, useReference } from "../../api/queries.ts";
import { referenceLookup } from "../../api/reference-lookup.ts";
import { AppLink, InsetText, SummaryList, Tag } from "../../components/govuk/index.ts";
import { NextPageLink } from "../../components/govuk/journey.ts";
import { LiveStatus } from "../../components/page/LiveStatus.tsx";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { usePageTitle } from "../../components/page/page-title.ts";
import { settle } from "../../components/page/query-state.tsx";
import { CatalogueFilters } from "./CatalogueFilters.tsx";
import { resultsStatus, searchChosen } from "./CataloguePage.presenter.ts";
import { capacityTags } from "./labels.ts";

const title = "Find an intervention";
/** Names for a list of reference ids, or what to say when there are none. */
export const names = (list: readonly { id: string; name: string }[], ids: readonly string[], none: string) =>
  ids.length ? ids.map((id) => list.find((x) => x.id === id)?.name ?? id).join(", ") : none;

function Result({
  entry,
  reference,
  search,
}: {
  entry: CatalogueEntry;
  reference: ReferenceData;
  search: string;
}) {
  const tier = reference.complexityTiers.find((t) => t.id === entry.tierId);
  return (
    <div className="govuk-summary-card">
      <div className="govuk-summary-card__title-wrapper">
        <h2 className="govuk-summary-card__title">
          {/* The search goes along, so "Back to search" returns to these results. */}
          <AppLink href={`/catalogue/${entry.id}?${search}`} className="govuk-link">
            {entry.title}
          </AppLink>
        </h2>
      </div>
      <div className="govuk-summary-card__content">
        <SummaryList
          rows={[
            { key: "Provider", value: entry.organisationName },
            { key: "Complexity", value: `${tier?.name ?? entry.tierId}: ${tier?.summary ?? ""}` },
            {
              key: "Eligibility",
              value: `Adults on probation; tailored for ${names(reference.cohorts, entry.cohorts, "everyone")}`,
            },
            { key: "Settings", value: names(reference.settings, entry.settings, "Not given") },
            { key: "Sessions", value: `${entry.sessions} of ${entry.sessionMinutes} minutes` },
            {
              key: "Capacity",
              value: (
                <>
                  <Tag colour={capacityTags[entry.capacityStatus].colour}>
                    {capacityTags[entry.capacityStatus].text}
                  </Tag>{" "}
                  {entry.referralsThisYear} of {entry.capacityPerYear} referrals this year
                </>
              ),
            },
          ]}
        />
      </div>
    </div>
  );
}

const catalogueQuery = (params: URLSearchParams) => {
  const query = new URLSearchParams(params);
  query.set("limit", "10");
  return query;
};

/** The search results under a status line that stays in place, so each new search is announced. */
function Results({ params, reference }: { params: URLSearchParams; reference: ReferenceData }) {
  const catalogue = useCatalogue(catalogueQuery(params), true);
  return (
    <>
      <LiveStatus visible>{resultsStatus(catalogue)}</LiveStatus>
      <ResultsList params={params} reference={reference} />
    </>
  );
}

function ResultsList({ params, reference }: { params: URLSearchParams; reference: ReferenceData }) {
  const catalogue = useCatalogue(catalogueQuery(params), true);
  if (catalogue.isPending) return null;
  if (catalogue.isError)
    return <InsetText>We could not search the catalogue. Check the filters and try again.</InsetText>;
  const { items, nextCursor, signpost } = catalogue.data;
  const next = new URLSearchParams(params);
  if (nextCursor) next.set("cursor", nextCursor);
  return (
    <>
      {signpost?.length ? (
        <InsetText>
          <h2 className="govuk-heading-m">Refer to an accredited programme instead</h2>
          <p className="govuk-body">
            High-complexity needs in this area are met by an accredited programme, not by a service bought
            here.
          </p>
          {signpost.map((p) => (
            <p key={p.id} className="govuk-body">
              <strong>{p.name}</strong> ({p.sessions} sessions
              {p.groupSizeMin ? `, groups of ${p.groupSizeMin} to ${p.groupSizeMax}` : ""}): {p.description}
            </p>
          ))}
        </InsetText>
      ) : (
        items.map((entry) => (
          <Result key={entry.id} entry={entry} reference={reference} search={params.toString()} />
        ))
      )}
      {nextCursor ? <NextPageLink href={`/catalogue?${next.toString()}`} /> : null}
    </>
  );
}

/** `/catalogue`: responsible officers search live interventions. */
export function CataloguePage() {
  const [params] = useSearchParams();
  const me = useMe();
  const reference = useReference();
  const state = settle(me, reference);
  usePageTitle(state.title ?? title);
  if (!state.ready) return state.view;
  const [meData, referenceData] = state.data;
  const lookup = referenceLookup(referenceData);
  const chosen = searchChosen(params);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-one-third">
        <PageHeading caption="Referrals">{title}</PageHeading>
        <CatalogueFilters key={params.toString()} me={meData} reference={referenceData} />
      </div>
      <div className="govuk-grid-column-two-thirds">
        {chosen ? (
          <>
            <h2 className="govuk-heading-m">
              {lookup.needArea(params.get("needArea")!)?.name} in{" "}
              {lookup.pdu(params.get("pdu") ?? "")?.pdu.name ?? "your region"}
            </h2>
            <Results params={params} reference={referenceData} />
          </>
        ) : (
          <p className="govuk-body">Choose a need area and a probation delivery unit, then search.</p>
        )}
      </div>
    </div>
  );
}
