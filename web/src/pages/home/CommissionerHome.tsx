import { lazy, Suspense } from "react";
import type { Me } from "#shared/accounts/me.ts";
import type { ReferenceData } from "#shared/reference/schema.ts";
import { referenceLookup } from "../../api/reference-lookup.ts";
import { AppLink, InsetText, SummaryList, Table } from "../../components/govuk/index.ts";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { formatTiers } from "./labels.ts";

// After the home itself (its own chunk), so the first page stays within its 120 KB budget.
const OpenContractIssues = lazy(() =>
  import("../contracts/OpenContractIssues.tsx").then((m) => ({ default: m.OpenContractIssues })),
);

/** A commissioner's home: the regions they commission for, their admin rights, and what the framework buys. */
export function CommissionerHome({ me, reference }: { me: Me; reference: ReferenceData }) {
  const lookup = referenceLookup(reference);
  const { user } = me;
  const regions = user.regions.map((id) => ({ id, region: lookup.region(id) }));
  return (
    <>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <PageHeading caption="Commissioning">Welcome, {user.name}</PageHeading>
          <h2 className="govuk-heading-m">What you can do</h2>
          <ul className="govuk-list">
            <li>
              <AppLink href="/opportunities" className="govuk-link">
                Opportunities in your regions
              </AppLink>
            </li>
            <li>
              <AppLink href="/opportunities/new" className="govuk-link">
                Create an opportunity
              </AppLink>
            </li>
            <li>
              <AppLink href="/evaluations" className="govuk-link">
                Your evaluations
              </AppLink>
            </li>
            <li>
              <AppLink href="/performance" className="govuk-link">
                Performance of contracts in your regions
              </AppLink>
            </li>
            {user.frameworkAdmin ? (
              <li>
                <AppLink href="/framework/applications" className="govuk-link">
                  Applications to decide
                </AppLink>
              </li>
            ) : null}
          </ul>
          <SummaryList
            rows={[
              { key: "Job title", value: user.jobTitle ?? "Not given" },
              {
                key: "Framework administrator",
                value: user.frameworkAdmin
                  ? "Yes – you can admit or reject applications to join the framework"
                  : "No",
              },
            ]}
          />
          {regions.length > 0 ? (
            <Table
              caption="Regions you commission for"
              columns={[
                { key: "region", header: "Region" },
                { key: "pdus", header: "Probation delivery units", numeric: true },
              ]}
              rows={regions.map(({ id, region }) => ({
                id,
                cells: { region: region?.name ?? id, pdus: region ? region.pdus.length : "Unknown" },
              }))}
              firstCellIsHeader
            />
          ) : (
            <InsetText>You are not set up to commission for any region yet.</InsetText>
          )}
          <Suspense fallback={null}>
            <OpenContractIssues />
          </Suspense>
        </div>
      </div>
      <Table
        caption="Need areas the framework buys"
        columns={[
          { key: "needArea", header: "Need area" },
          { key: "minimumOutcome", header: "Minimum outcome" },
          { key: "tiers", header: "Complexity tiers" },
        ]}
        rows={reference.needAreas.map((area) => ({
          id: area.id,
          cells: {
            needArea: area.name,
            minimumOutcome: area.minimumOutcome,
            tiers: formatTiers(lookup.tiersOffered(area)),
          },
        }))}
        firstCellIsHeader
      />
    </>
  );
}
