import { referenceLookup } from "../../api/reference-lookup.ts";
import { useMe, useReference } from "../../api/queries.ts";
import { useDashboard, useTargets } from "../../api/performance.ts";
import { resolveTarget } from "#shared/performance/targets.ts";
import { AppLink, BackLink, ButtonLink, InsetText, Table } from "../../components/govuk/index.ts";
import { FlashBanner } from "../../components/page/FlashBanner.tsx";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { usePageTitle } from "../../components/page/page-title.ts";
import { settle } from "../../components/page/query-state.tsx";
import { changeContractHref, measuresFor, sourceText } from "./target-labels.ts";

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
  const areaTargets = targetsData.targets.flatMap((t) =>
    "regionId" in t.scope ? [{ ...t, scope: t.scope }] : [],
  );
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
          rows={contracts.flatMap((contract) =>
            measuresFor(targetsData, contract.needAreaId).map((measure) => {
              const resolved = resolveTarget(
                measure.measureId,
                { contractId: contract.id, needAreaId: contract.needAreaId, regionIds: contract.regionIds },
                targetsData.targets,
              );
              return {
                id: `${contract.id}-${measure.measureId}`,
                cells: {
                  contract: `${contract.reference} (${contract.organisationName})`,
                  measure: measure.measure,
                  target: resolved ? `${resolved.percent}%` : "",
                  source: resolved ? sourceText[resolved.source] : "",
                  change: (
                    <AppLink href={changeContractHref(contract, measure.measureId)} className="govuk-link">
                      Change
                      <span className="govuk-visually-hidden">
                        {" "}
                        the target for {contract.reference}: {measure.measure}
                      </span>
                    </AppLink>
                  ),
                },
              };
            }),
          )}
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
          rows={areaTargets.map((t) => ({
            id: `${t.scope.regionId}-${t.scope.needAreaId}-${t.measureId}`,
            cells: {
              region: lookup.region(t.scope.regionId)?.name ?? t.scope.regionId,
              needArea: lookup.needArea(t.scope.needAreaId)?.name ?? t.scope.needAreaId,
              measure: targetsData.defaults.find((d) => d.measureId === t.measureId)?.measure ?? t.measureId,
              target: `${t.percent}%`,
            },
          }))}
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
