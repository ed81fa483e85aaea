import type { DashboardContract } from "#shared/performance/dashboard.ts";
import { measureApplies, type ResolvedTarget, type Targets } from "#shared/performance/targets.ts";

/** Where a target comes from, in words. */
export const sourceText: Record<ResolvedTarget["source"], string> = {
  contract: "Set for this contract",
  "need-area": "Set for the need area in the region",
  default: "Standard target (service level agreement)",
};

/** The measures a contract or need area can have targets for, in the defaults' order. */
export const measuresFor = (targets: Targets, needAreaId: string) =>
  targets.defaults.filter((d) => measureApplies(d.measureId, needAreaId));

/** The change page's address for one contract's measure. */
export const changeContractHref = (contract: DashboardContract, measureId: string) =>
  `/performance/targets/change?contractId=${encodeURIComponent(contract.id)}&measureId=${encodeURIComponent(measureId)}`;
