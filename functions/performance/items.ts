import type { Dimensions } from "#shared/performance/contribution.ts";
import { defineItem } from "../platform/data/define-item.ts";

/**
 * The dashboards' items. Nothing here names a person. Counters are attributes `n_<metric>`, added to
 * with ADD so concurrent consumers never lose a count.
 */
export const regionPartition = (regionId: string) => `PERF#REGION#${regionId}`;
/** The provider's dashboard partition. */
export const organisationPartition = (organisationId: string) => `PERF#ORG#${organisationId}`;
/** Aggregate sort keys start with the month, so a month range is a BETWEEN. */
export const monthPrefix = (month: string) => `M#${month}`;

type Month = { dimensions: Dimensions; month: string };

/**
 * A contract's counts for one month in one region: what commissioners read, one Query per region
 * for a month range, whatever the number of referrals.
 */
export const regionMonthKind = defineItem({
  type: "performance-month",
  pk: (m: Month) => regionPartition(m.dimensions.regionId),
  sk: (m: Month) => `${monthPrefix(m.month)}#C#${m.dimensions.contractId}`,
});

/** The same counts in the provider's partition. */
export const organisationMonthKind = defineItem({
  type: "performance-month",
  pk: (m: Month) => organisationPartition(m.dimensions.organisationId),
  sk: (m: Month) => `${monthPrefix(m.month)}#C#${m.dimensions.contractId}#R#${m.dimensions.regionId}`,
});

/** A contract a dashboard (a region's or an organisation's partition) can show. */
export const dashboardContractKind = defineItem({
  type: "performance-contract",
  pk: (c: { partition: string }) => c.partition,
  sk: (c: { id: string }) => `CONTRACT#${c.id}`,
  skPrefix: "CONTRACT#",
});

/**
 * The version and contribution of a referral already counted, which makes the stream consumer
 * idempotent and indifferent to order.
 */
export const appliedKind = defineItem({
  type: "performance-applied",
  pk: (a: { referralId: string }) => `PERF#APPLIED#${a.referralId}`,
  sk: () => "APPLIED",
});

/** Scopes a target: a need area in a region, or one contract. */
type Scope = { contractId: string } | { needAreaId: string };

/**
 * A performance target, in its region's targets partition so a commissioner's targets are one Query
 * per region. A contract's target has one copy in each of the contract's regions, written together.
 */
export const targetKind = defineItem({
  type: "performance-target",
  pk: (t: { regionId: string }) => `PERF#TARGETS#REGION#${t.regionId}`,
  sk: (t: { scope: Scope; measureId: string }) =>
    "contractId" in t.scope
      ? `CONTRACT#${t.scope.contractId}#${t.measureId}`
      : `NEEDAREA#${t.scope.needAreaId}#${t.measureId}`,
});
