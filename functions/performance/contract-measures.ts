import type { RatingMeasure } from "#shared/contracts/rating.ts";
import { dashboardFigures } from "#shared/performance/figures.ts";
import { measureApplies, resolveTarget } from "#shared/performance/targets.ts";
import { dashboardRows } from "./repository.ts";
import { regionTargets } from "./targets-repository.ts";

/** What a contract's measures need to know of it. */
export interface MeasuredContract {
  id: string;
  organisationId: string;
  needAreaId: string;
  regionIds: string[];
}

/**
 * A contract's measures over `months` (consecutive, oldest first) against the targets that apply to
 * it, from the dashboard aggregates: one Query of its provider's partition for the month range and one
 * per region for the targets, never a referral.
 */
export const contractMeasures = async (c: MeasuredContract, months: string[]): Promise<RatingMeasure[]> => {
  const [rows, targetLists] = await Promise.all([
    dashboardRows({ organisationId: c.organisationId }, months[0]!, months.at(-1)!),
    Promise.all(c.regionIds.map(regionTargets)),
  ]);
  const targets = targetLists.flat();
  const figures = dashboardFigures(
    rows.filter((r) => r.contractId === c.id),
    [],
    months,
  );
  return figures.measures
    .filter((m) => measureApplies(m.id, c.needAreaId))
    .map((m) => ({
      id: m.id,
      measure: m.measure,
      numerator: m.numerator,
      denominator: m.denominator,
      target:
        resolveTarget(m.id, { contractId: c.id, needAreaId: c.needAreaId, regionIds: c.regionIds }, targets)
          ?.percent ?? 0,
    }));
};
