import * as z from "zod";
import { performanceTargets } from "../reference/performance-targets.ts";

/**
 * Performance targets. A commissioner may set a measure's target for one contract, or for a need area
 * in one of their regions; otherwise the seed 003 default applies. The most specific wins.
 */

const id = z.string().trim().min(1, "Choose what the target is for").max(64, "The id is not valid");

/** What a target applies to: one contract, or one need area in one region. */
export const targetScopeSchema = z.union(
  [z.object({ contractId: id }).strict(), z.object({ needAreaId: id, regionId: id }).strict()],
  { message: "Choose a contract, or a need area and a region, for the target" },
);
export type TargetScope = z.infer<typeof targetScopeSchema>;

const measureIds = performanceTargets.map((t) => t.id) as [string, ...string[]];

/** `PUT /api/performance/targets`: set (or change) one measure's target for one scope. */
export const setTargetSchema = z.object({
  scope: targetScopeSchema,
  measureId: z.enum(measureIds, { message: "Choose a measure from the list" }),
  percent: z
    .number({ message: "Enter the target as a number from 0 to 100" })
    .min(0, "The target must be 0% or more")
    .max(100, "The target must be 100% or less")
    // Not zod's multipleOf: its float-safe remainder lets 5e-324 through, which DynamoDB cannot store.
    .refine((v) => Math.round(v * 10) / 10 === v, "Give the target to at most one decimal place"),
  /** The version of the target being changed; 0 when there is none yet. */
  version: z.number({ message: "Reload the page and try again" }).int().min(0),
});
export type SetTarget = z.infer<typeof setTargetSchema>;

/** A target someone has set. */
export const targetSchema = z.object({
  scope: targetScopeSchema,
  measureId: z.string(),
  percent: z.number(),
  version: z.number().int(),
  updatedAt: z.iso.datetime(),
  updatedBy: z.string(),
});
export type Target = z.infer<typeof targetSchema>;

/** `GET /api/performance/targets`: the seed defaults and every target set that the caller may see. */
export const targetsSchema = z.object({
  defaults: z.array(
    z.object({
      measureId: z.string(),
      measure: z.string(),
      needAreaId: z.string().optional(),
      percent: z.number(),
    }),
  ),
  targets: z.array(targetSchema),
});
export type Targets = z.infer<typeof targetsSchema>;

/** The seed 003 target for a measure, or undefined for an unknown measure. */
export const defaultTarget = (measureId: string) => performanceTargets.find((t) => t.id === measureId);

/**
 * Whether a measure can have a target for this need area: the completion measure applies to every
 * need area; an outcome measure only to its own.
 */
export const measureApplies = (measureId: string, needAreaId: string): boolean => {
  const measure = defaultTarget(measureId);
  return measure !== undefined && (measure.needAreaId === undefined || measure.needAreaId === needAreaId);
};

/** Where a figure's target comes from, most specific first. */
export interface TargetContext {
  contractId?: string | undefined;
  needAreaId?: string | undefined;
  /** The regions the figure covers, in the order to look for a need-area target. */
  regionIds: readonly string[];
}

export interface ResolvedTarget {
  percent: number;
  source: "contract" | "need-area" | "default";
  /** The stored target, when one was set (its version is what a change must quote). */
  target?: Target;
}

const isContract = (scope: TargetScope): scope is { contractId: string } => "contractId" in scope;

/**
 * The target that applies to a measure: the contract's own, else the need area's in the first of
 * the regions that sets one, else the seed default. Undefined for an unknown measure.
 */
export function resolveTarget(
  measureId: string,
  context: TargetContext,
  targets: readonly Target[],
): ResolvedTarget | undefined {
  const fallback = defaultTarget(measureId);
  if (!fallback) return undefined;
  const forMeasure = targets.filter((t) => t.measureId === measureId);
  const own = context.contractId
    ? forMeasure.find((t) => isContract(t.scope) && t.scope.contractId === context.contractId)
    : undefined;
  if (own) return { percent: own.percent, source: "contract", target: own };
  const needAreaId = context.needAreaId ?? fallback.needAreaId;
  if (needAreaId) {
    for (const regionId of context.regionIds) {
      const area = forMeasure.find(
        (t) => !isContract(t.scope) && t.scope.needAreaId === needAreaId && t.scope.regionId === regionId,
      );
      if (area) return { percent: area.percent, source: "need-area", target: area };
    }
  }
  return { percent: fallback.percent, source: "default" };
}

/** Met, not met, or nothing to judge yet (no referral has reached the measure). */
export type TargetStatus = "met" | "not-met" | "no-data";

/** How a measured percentage compares with its target. */
export const targetStatus = (
  percent: number | undefined,
  denominator: number,
  target: number,
): TargetStatus =>
  denominator === 0 || percent === undefined ? "no-data" : percent >= target ? "met" : "not-met";

/** Plain-English words for a status, as the dashboard and its exports show them. */
export const targetStatusText: Record<TargetStatus, string> = {
  met: "Met",
  "not-met": "Not met",
  "no-data": "No data yet",
};
