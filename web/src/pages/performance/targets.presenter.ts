import type { DashboardContract } from "#shared/performance/dashboard.ts";
import { resolveTarget, type Targets } from "#shared/performance/targets.ts";
import { measuresFor, sourceText } from "./target-labels.ts";

/** One row of the contract targets table: a contract's measure, its target and where the target comes from. */
export interface ContractTargetRow {
  id: string;
  contract: DashboardContract;
  measureId: string;
  measure: string;
  target: string;
  source: string;
}

/** Every contract's measures with the target in force (its own, its need area's in its region, or the default). */
export function contractTargetRows(contracts: DashboardContract[], targets: Targets): ContractTargetRow[] {
  return contracts.flatMap((contract) =>
    measuresFor(targets, contract.needAreaId).map((measure) => {
      const resolved = resolveTarget(
        measure.measureId,
        { contractId: contract.id, needAreaId: contract.needAreaId, regionIds: contract.regionIds },
        targets.targets,
      );
      return {
        id: `${contract.id}-${measure.measureId}`,
        contract,
        measureId: measure.measureId,
        measure: measure.measure,
        target: resolved ? `${resolved.percent}%` : "",
        source: resolved ? sourceText[resolved.source] : "",
      };
    }),
  );
}

/** One need area's own target in one region, with names for people. */
export interface AreaTargetRow {
  id: string;
  region: string;
  needArea: string;
  measure: string;
  target: string;
}

/** The targets set for a need area in a region (not a contract's), named with the given look-ups. */
export function areaTargetRows(
  targets: Targets,
  names: { region: (id: string) => string | undefined; needArea: (id: string) => string | undefined },
): AreaTargetRow[] {
  return targets.targets.flatMap((t) =>
    "regionId" in t.scope
      ? [
          {
            id: `${t.scope.regionId}-${t.scope.needAreaId}-${t.measureId}`,
            region: names.region(t.scope.regionId) ?? t.scope.regionId,
            needArea: names.needArea(t.scope.needAreaId) ?? t.scope.needAreaId,
            measure: targets.defaults.find((d) => d.measureId === t.measureId)?.measure ?? t.measureId,
            target: `${t.percent}%`,
          },
        ]
      : [],
  );
}
