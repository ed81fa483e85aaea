import { referenceLookup } from "../../api/reference-lookup.ts";
import { useMe, useReference } from "../../api/queries.ts";
import { useDashboard, useTargets } from "../../api/performance.ts";
import { AppLink, ButtonLink, InsetText, Table } from "../../components/govuk/index.ts";
import { BackLink } from "../../components/govuk/journey.ts";
import { FlashBanner } from "../../components/page/FlashBanner.tsx";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { usePageTitle } from "../../components/page/page-title.ts";
import { settle } from "../../components/page/query-state.tsx";
import { changeContractHref } from "./target-labels.ts";
import { areaTargetRows, contractTargetRows } from "./targets.presenter.ts";

const title = "Performance targets";
const noFilters = new URLSearchParams();

/** `/performance/targets`: each contract's targets and where they come from; commissioners change them. */
export function TargetsPage() {
  const me = useMe();
  const reference = useReference();
  const dashboard = useDashboard(noFilters);
  const targets = useTargets();
  const state = settle(me, reference, dashboard, targets);
  usePageTitle(state.title ?? title);
  if (!state.ready) return state.view;
  const [meData, referenceData, dashboardData, targetsData] = state.data;
  const commissioner = meData.user.role === "commissioner";
  const lookup = referenceLookup(referenceData);
  const contracts = dashboardData.options.contracts;
  const rows = contractTargetRows(contracts, targetsData);
  const areaTargets = areaTargetRows(targetsData, {
    region: (id) => lookup.region(id)?.name,
    needArea: (id) => lookup.needArea(id)?.name,
  });
  return (
    <>
      <BackLink href="/performance">Back to performance</BackLink>
      <FlashBanner />
      <PageHeading caption="Performance">{title}</PageHeading>
      <p className="govuk-body">
        A contract's own target comes first, then a target for its need area in its region, then the standard
        target from the service level agreement.
      </p>
      {contracts.length === 0 ? (
        <InsetText>There are no contracts yet.</InsetText>
      ) : (
        <Table
          caption="Contract targets"
          columns={[
            { key: "contract", header: "Contract" },
            { key: "measure", header: "Measure" },
            { key: "target", header: "Target", numeric: true },
            { key: "source", header: "Where it comes from" },
            ...(commissioner ? [{ key: "change" as const, header: "Action" }] : []),
          ]}
          rows={rows.map((row) => ({
            id: row.id,
            cells: {
              contract: `${row.contract.reference} (${row.contract.organisationName})`,
              measure: row.measure,
              target: row.target,
              source: row.source,
              change: (
                <AppLink href={changeContractHref(row.contract, row.measureId)} className="govuk-link">
                  Change
                  <span className="govuk-visually-hidden">
                    {" "}
                    the target for {row.contract.reference}: {row.measure}
                  </span>
                </AppLink>
              ),
            },
          }))}
        />
      )}
      <h2 className="govuk-heading-m">Need area targets</h2>
      {areaTargets.length === 0 ? (
        <p className="govuk-body">No need area has a target of its own yet, so the defaults apply.</p>
      ) : (
        <Table
          caption="Need area targets by region"
          captionSize="s"
          columns={[
            { key: "region", header: "Region" },
            { key: "needArea", header: "Need area" },
            { key: "measure", header: "Measure" },
            { key: "target", header: "Target", numeric: true },
          ]}
          rows={areaTargets.map(({ id, ...cells }) => ({ id, cells }))}
        />
      )}
      {commissioner ? (
        <ButtonLink href="/performance/targets/change" variant="secondary">
          Set a target for a need area
        </ButtonLink>
      ) : null}
    </>
  );
}
