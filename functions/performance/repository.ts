import { GetCommand, PutCommand, QueryCommand, type QueryCommandInput } from "@aws-sdk/lib-dynamodb";
import {
  type Cells,
  type Contribution,
  type Dimensions,
  difference,
  splitCell,
} from "#shared/performance/contribution.ts";
import type { DashboardContract } from "#shared/performance/dashboard.ts";
import type { AggregateRow } from "#shared/performance/figures.ts";
import { contractKeys } from "../contracts/index.ts";
import { db, tableName } from "../platform/data/dynamo.ts";
import { failedConditions, type TransactItem, transact } from "../platform/data/transact.ts";
import {
  appliedKind,
  dashboardContractKind,
  monthPrefix,
  organisationMonthKind,
  organisationPartition,
  regionMonthKind,
  regionPartition,
} from "./items.ts";

/** Keys of the dashboards' items (declared in ./items.ts). */
const keys = {
  region: regionPartition,
  organisation: organisationPartition,
  regionMonth: (dimensions: Dimensions, month: string) => regionMonthKind.key({ dimensions, month }),
  organisationMonth: (dimensions: Dimensions, month: string) =>
    organisationMonthKind.key({ dimensions, month }),
  applied: (referralId: string) => appliedKind.key({ referralId }),
};

const counterPrefix = "n_";

interface Applied {
  version: number;
  dimensions?: Dimensions;
  cells: Cells;
}

const findApplied = async (referralId: string): Promise<Applied | undefined> => {
  const result = await db().send(
    new GetCommand({ TableName: tableName(), Key: keys.applied(referralId), ConsistentRead: true }),
  );
  return result.Item as Applied | undefined;
};

/** One ADD of several counters to one aggregate item, setting its dimensions on first write. */
const addTo = (
  key: { pk: string; sk: string },
  d: Dimensions,
  month: string,
  deltas: Cells,
): TransactItem => {
  const names: Record<string, string> = { "#type": "type", "#month": "month" };
  const values: Record<string, unknown> = {
    ":type": regionMonthKind.type,
    ":month": month,
    ":contractId": d.contractId,
    ":organisationId": d.organisationId,
    ":regionId": d.regionId,
    ":needAreaId": d.needAreaId,
  };
  const adds = Object.entries(deltas).map(([name, n], i) => {
    names[`#n${i}`] = `${counterPrefix}${name}`;
    values[`:n${i}`] = n;
    return `#n${i} :n${i}`;
  });
  return {
    Update: {
      TableName: tableName(),
      Key: key,
      UpdateExpression: `SET #type = :type, #month = :month, contractId = :contractId, organisationId = :organisationId, regionId = :regionId, needAreaId = :needAreaId ADD ${adds.join(", ")}`,
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
    },
  };
};

/** The dimensions as one string, in a fixed order (maps read back from DynamoDB need not keep theirs). */
const dimensionsId = (d: Dimensions) => [d.contractId, d.organisationId, d.regionId, d.needAreaId].join("|");

/** The counter changes, per dimensions and month, that move the sums from `before` to `after`. */
const changes = (before: Applied | undefined, after: Contribution | undefined) => {
  const groups = new Map<string, { dimensions: Dimensions; month: string; deltas: Cells }>();
  const put = (d: Dimensions, cells: Cells) => {
    for (const [key, n] of Object.entries(cells)) {
      if (n === 0) continue;
      const { month, name } = splitCell(key);
      const id = `${dimensionsId(d)}|${month}`;
      const group = groups.get(id) ?? { dimensions: d, month, deltas: {} };
      group.deltas[name] = (group.deltas[name] ?? 0) + n;
      groups.set(id, group);
    }
  };
  const same =
    before?.dimensions && after && dimensionsId(before.dimensions) === dimensionsId(after.dimensions);
  if (same) put(after.dimensions, difference(after.cells, before.cells));
  else {
    if (before?.dimensions) put(before.dimensions, difference({}, before.cells));
    if (after) put(after.dimensions, after.cells);
  }
  return [...groups.values()].filter((g) => Object.values(g.deltas).some((n) => n !== 0));
};

/** The record of what is counted for a referral (also written by backfills, so the consumer skips what they counted). */
export const appliedRecord = (referralId: string, version: number, counted: Contribution | undefined) =>
  appliedKind.item(
    { referralId },
    { version, ...(counted ? { dimensions: counted.dimensions } : {}), cells: counted?.cells ?? {} },
  );

/** The ADDs of one month's counter changes for one contract and region: the region's row and the provider's. */
export const countUpdates = (d: Dimensions, month: string, deltas: Cells): TransactItem[] => [
  addTo(keys.regionMonth(d, month), d, month, deltas),
  addTo(keys.organisationMonth(d, month), d, month, deltas),
];

/** One more referral this year towards an intervention's capacity (the item the catalogue reads). */
const capacityUpdate = (capacity: { interventionId: string; year: string }): TransactItem => ({
  Update: {
    TableName: tableName(),
    Key: contractKeys.referralCount(capacity.interventionId, capacity.year),
    UpdateExpression: "ADD #count :one SET #type = :type",
    ExpressionAttributeNames: { "#count": "count", "#type": "type" },
    ExpressionAttributeValues: { ":one": 1, ":type": contractKeys.referralCountType },
  },
});

const retryable = (error: unknown) => {
  const name = (error as { name?: string }).name;
  if (name === "TransactionConflictException") return true;
  const reasons = (error as { CancellationReasons?: { Code?: string }[] }).CancellationReasons ?? [];
  return name === "TransactionCanceledException" && reasons.some((r) => r.Code === "TransactionConflict");
};

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Counts version `version` of a referral: moves the aggregates from what was counted for it before
 * to `next`, together with the record of what is now counted, all or nothing. A version at or below
 * the one already counted is a duplicate or arrived late, and changes nothing.
 */
export const countReferralVersion = async (
  referralId: string,
  version: number,
  next: Contribution | undefined,
  /** The intervention and year (Europe/London) it was sent in: counted once towards its capacity. */
  capacity?: { interventionId: string; year: string },
): Promise<"counted" | "already-counted"> => {
  for (let attempt = 0; ; attempt += 1) {
    const before = await findApplied(referralId);
    if (before && before.version >= version) return "already-counted";
    if (!before && !next) return "already-counted";
    const groups = changes(before, next);
    const items: TransactItem[] = [
      {
        Put: {
          TableName: tableName(),
          Item: appliedRecord(referralId, version, next),
          ...(before
            ? {
                ConditionExpression: "version = :seen",
                ExpressionAttributeValues: { ":seen": before.version },
              }
            : { ConditionExpression: "attribute_not_exists(pk)" }),
        },
      },
      ...groups.flatMap((g) => countUpdates(g.dimensions, g.month, g.deltas)),
      // First counted: the same change adds it to the catalogue's capacity used, so the catalogue
      // and the dashboards read one count of referrals received.
      ...(capacity && !before?.dimensions && next ? [capacityUpdate(capacity)] : []),
    ];
    if (items.length > 100) {
      // 49 months of changes in one step: more than one transaction can hold. Never expected from a
      // referral's real life; failing loudly keeps the sums exact and the change is retried by the stream.
      throw new Error(`A referral change touches ${groups.length} months; at most 49 fit in one transaction`);
    }
    try {
      await transact(items);
      return "counted";
    } catch (error) {
      // Another consumer counted this referral meanwhile, or a concurrent change to the same month
      // collided: read again and retry; the version check makes the retry safe.
      if ((failedConditions(error)?.includes(0) || retryable(error)) && attempt < 8) {
        await pause(20 * 2 ** attempt * Math.random());
        continue;
      }
      throw error;
    }
  }
};

/** Lists a contract on the dashboards of each of its regions and of its provider (the same every time). */
export const listContractOnDashboards = async (c: DashboardContract): Promise<void> => {
  const partitions = [...c.regionIds.map(keys.region), keys.organisation(c.organisationId)];
  await Promise.all(
    partitions.map((partition) =>
      db().send(
        new PutCommand({
          TableName: tableName(),
          Item: dashboardContractKind.item({ partition, id: c.id }, c),
        }),
      ),
    ),
  );
};

/** Every item of a Query, page by page: for partitions bounded by contracts × months, not referrals. */
const queryAll = async (input: Omit<QueryCommandInput, "TableName">): Promise<Record<string, unknown>[]> => {
  const items: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await db().send(
      new QueryCommand({ TableName: tableName(), ...input, Limit: 1_000, ExclusiveStartKey: start }),
    );
    items.push(...(page.Items ?? []));
    start = page.LastEvaluatedKey;
  } while (start);
  return items;
};

const toRow = (item: Record<string, unknown>): AggregateRow => ({
  contractId: item.contractId as string,
  organisationId: item.organisationId as string,
  regionId: item.regionId as string,
  needAreaId: item.needAreaId as string,
  month: item.month as string,
  counters: Object.fromEntries(
    Object.entries(item)
      .filter(([k]) => k.startsWith(counterPrefix))
      .map(([k, v]) => [k.slice(counterPrefix.length), Number(v)]),
  ),
});

const toContract = (item: Record<string, unknown>): DashboardContract => ({
  id: item.id as string,
  reference: item.reference as string,
  organisationId: item.organisationId as string,
  organisationName: item.organisationName as string,
  needAreaId: item.needAreaId as string,
  regionIds: item.regionIds as string[],
  capacityPerYear: item.capacityPerYear as number,
  startDate: item.startDate as string,
  endDate: item.endDate as string,
});

/** Whose dashboard partition to read: a region's (commissioners) or an organisation's (its provider). */
export type DashboardPartition = { regionId: string } | { organisationId: string };

const partitionOf = (p: DashboardPartition) =>
  "regionId" in p ? keys.region(p.regionId) : keys.organisation(p.organisationId);

/** The contracts listed on one region's or organisation's dashboard. */
export const dashboardContracts = async (p: DashboardPartition): Promise<DashboardContract[]> =>
  (
    await queryAll({
      KeyConditionExpression: "pk = :pk AND begins_with(sk, :prefix)",
      ExpressionAttributeValues: { ":pk": partitionOf(p), ":prefix": dashboardContractKind.skPrefix },
    })
  ).map(toContract);

/** The aggregates of one region's or organisation's dashboard for the months `from`–`to` inclusive. */
export const dashboardRows = async (
  p: DashboardPartition,
  from: string,
  to: string,
): Promise<AggregateRow[]> =>
  (
    await queryAll({
      KeyConditionExpression: "pk = :pk AND sk BETWEEN :from AND :to",
      ExpressionAttributeValues: {
        ":pk": partitionOf(p),
        ":from": monthPrefix(from),
        ":to": `${monthPrefix(to)}#~`,
      },
    })
  ).map(toRow);
