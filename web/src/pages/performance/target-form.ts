import type { DashboardContract } from "#shared/performance/dashboard.ts";
import { resolveTarget, type Targets } from "#shared/performance/targets.ts";
import type { MessageFor } from "../../forms/error-state.ts";

/** The target form's values: the need area in a region (unless the address names a contract), measure, %. */
export interface TargetValues {
  regionId: string;
  needAreaId: string;
  measureId: string;
  percent: string;
}

/** What the form sets a target for: a contract named in the address, or a need area in a region. */
export interface TargetContext {
  contract: DashboardContract | undefined;
  targets: Targets;
}

/** The target in force for what the form has chosen so far (none until a measure is chosen). */
export function currentTarget(values: TargetValues, { contract, targets }: TargetContext) {
  if (!values.measureId) return undefined;
  return resolveTarget(
    values.measureId,
    contract
      ? { contractId: contract.id, needAreaId: contract.needAreaId, regionIds: contract.regionIds }
      : { needAreaId: values.needAreaId, regionIds: values.regionId ? [values.regionId] : [] },
    targets.targets,
  );
}

/** The form's starting values from the address, with the target in force as the percentage to change. */
export function targetValues(params: URLSearchParams, context: TargetContext): TargetValues {
  const values = {
    regionId: params.get("regionId") ?? "",
    needAreaId: context.contract?.needAreaId ?? params.get("needAreaId") ?? "",
    measureId: params.get("measureId") ?? "",
    percent: "",
  };
  const current = currentTarget(values, context);
  return { ...values, percent: current ? String(current.percent) : "" };
}

/** A percentage as typed ("75", "75.5 %"); blank is left out and text that is not a number stays text. */
function typedPercent(text: string): number | string | undefined {
  const cleaned = text.replace(/[%\s]/g, "");
  if (cleaned === "") return undefined;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : text;
}

/**
 * The request: the scope, the measure, the percentage, and the version of the target it replaces — only a
 * target set for exactly this scope counts (0 when the default or a wider target applies).
 */
export const targetRequest = (context: TargetContext) => (values: TargetValues) => {
  const current = currentTarget(values, context);
  const own = current?.source === (context.contract ? "contract" : "need-area");
  return {
    scope: context.contract
      ? { contractId: context.contract.id }
      : { regionId: values.regionId, needAreaId: values.needAreaId },
    measureId: values.measureId,
    percent: typedPercent(values.percent),
    version: own ? (current?.target?.version ?? 0) : 0,
  };
};

/** The scope's fields by name: the shared message "Choose what the target is for" says which is missing. */
export const targetMessages: MessageFor = (path, message) =>
  path === "scope.regionId" && message === "Choose what the target is for"
    ? "Choose a region"
    : path === "scope.needAreaId" && message === "Choose what the target is for"
      ? "Choose a need area"
      : message;
