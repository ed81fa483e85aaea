import type { Principal } from "#shared/auth/principal.ts";
import type { Contract } from "#shared/contracts/contract.ts";
import type { SetTarget, Target, TargetScope } from "#shared/performance/targets.ts";
import { listContracts } from "../contracts/index.ts";
import { now } from "../platform/clock.ts";
import { auditPut } from "../platform/data/audit.ts";
import { tableName } from "../platform/data/dynamo.ts";
import { withoutKeys } from "../platform/data/item.ts";
import { queryPage } from "../platform/data/query-page.ts";
import { failedConditions, type TransactItem, transact } from "../platform/data/transact.ts";
import { conflict } from "../platform/http/problems.ts";
import { targetKind } from "./items.ts";

/**
 * The keys of performance targets. Every target lives in the partition of each region it applies in,
 * so a commissioner's targets are one Query per region:
 *
 * - PERF#TARGETS#REGION#region / NEEDAREA#needArea#measure — a need area's target in that region.
 * - PERF#TARGETS#REGION#region / CONTRACT#contract#measure — a contract's target, one copy in each of
 *   the contract's regions (a contract's regions never change); the copies are written together in one
 *   transaction with the same version, so they cannot drift apart.
 */
const targetKeys = {
  region: (regionId: string) => targetKind.pk({ regionId }),
  sort: (scope: TargetScope, measureId: string) => targetKind.sk({ scope, measureId }),
};

const pageSize = 200;

/** Every target stored in a region (bounded by the region's contracts and need areas × measures). */
export const regionTargets = async (regionId: string): Promise<Target[]> => {
  const out: Target[] = [];
  let cursor: string | undefined;
  do {
    const page = await queryPage<Record<string, unknown>>({
      partition: targetKeys.region(regionId),
      limit: pageSize,
      cursor,
    });
    out.push(...page.items.map((i) => withoutKeys<Target & { type?: string }>(i)));
    cursor = page.nextCursor;
  } while (cursor);
  return out.map(({ scope, measureId, percent, version, updatedAt, updatedBy }) => ({
    scope,
    measureId,
    percent,
    version,
    updatedAt,
    updatedBy,
  }));
};

const scopeKey = (t: Target) => targetKeys.sort(t.scope, t.measureId);

const uniqueTargets = (targets: Target[]) => [...new Map(targets.map((t) => [scopeKey(t), t])).values()];

/** Every contract of a provider (a provider holds a handful; each page is a Query on its own index). */
export const providerContracts = async (organisationId: string): Promise<Contract[]> => {
  const out: Contract[] = [];
  let cursor: string | undefined;
  do {
    const page = await listContracts({ organisationId }, 100, cursor);
    out.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return out;
};

/**
 * The targets a caller may see: a commissioner's regions' targets; for a provider, the targets that
 * apply to its own contracts (their own, and their need area's in their regions) and nothing else.
 */
export const visibleTargets = async (principal: Principal): Promise<Target[]> => {
  if (principal.role === "commissioner") {
    const all = await Promise.all(principal.regions.map(regionTargets));
    return uniqueTargets(all.flat());
  }
  if (principal.role !== "provider" || !principal.organisationId) return [];
  const contracts = await providerContracts(principal.organisationId);
  const regions = [...new Set(contracts.flatMap((c) => c.regionIds))];
  const all = (await Promise.all(regions.map(regionTargets))).flat();
  return uniqueTargets(
    all.filter((t) =>
      "contractId" in t.scope
        ? contracts.some((c) => "contractId" in t.scope && c.id === t.scope.contractId)
        : contracts.some(
            (c) =>
              "regionId" in t.scope &&
              c.needAreaId === t.scope.needAreaId &&
              c.regionIds.includes(t.scope.regionId),
          ),
    ),
  );
};

/**
 * Sets a target with a version check (0 = none yet), in every region partition it is stored in,
 * with its audit event in the same transaction. A concurrent change gets 409.
 */
export const saveTarget = async (
  actor: Principal,
  input: SetTarget,
  regionIds: string[],
): Promise<Target> => {
  const target: Target = {
    scope: input.scope,
    measureId: input.measureId,
    percent: input.percent,
    version: input.version + 1,
    updatedAt: now().toISOString(),
    updatedBy: actor.userId,
  };
  const puts: TransactItem[] = regionIds.map((regionId) => ({
    Put: {
      TableName: tableName(),
      Item: targetKind.item({ regionId, scope: input.scope, measureId: input.measureId }, target),
      ...(input.version === 0
        ? { ConditionExpression: "attribute_not_exists(pk)" }
        : {
            ConditionExpression: "version = :version",
            ExpressionAttributeValues: { ":version": input.version },
          }),
    },
  }));
  const entityId =
    "contractId" in input.scope
      ? `contract:${input.scope.contractId}`
      : `need-area:${input.scope.regionId}:${input.scope.needAreaId}`;
  try {
    await transact([
      ...puts,
      auditPut(actor, {
        entityType: "performance-target",
        entityId,
        action: input.version === 0 ? "target-set" : "target-changed",
        details: { measureId: input.measureId, percent: input.percent, version: target.version },
      }),
    ]);
  } catch (error) {
    const failed = failedConditions(error);
    if (failed?.some((i) => i < puts.length)) {
      throw conflict("Someone changed this target since you loaded it. Reload the targets and try again.");
    }
    throw error;
  }
  return target;
};
