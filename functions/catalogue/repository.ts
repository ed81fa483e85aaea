import { BatchGetCommand, GetCommand } from "@aws-sdk/lib-dynamodb";
import { type CatalogueEntry, type CatalogueQuery, capacityStatus } from "#shared/catalogue/catalogue.ts";
import type { Intervention } from "#shared/contracts/contract.ts";
import { contractKeys } from "../contracts/index.ts";
import { db, tableName } from "../platform/data/dynamo.ts";
import { withoutKeys } from "../platform/data/item.ts";
import { queryFilledPage, queryPage } from "../platform/data/query-page.ts";

const strip = (item: Record<string, unknown>) => withoutKeys<Intervention>(item);

/** How many referrals each intervention has had in `year`, read in one BatchGet. */
export const referralCounts = async (ids: string[], year: string): Promise<Map<string, number>> => {
  const counts = new Map<string, number>();
  if (ids.length === 0) return counts;
  const keys = [...new Set(ids)].map((id) => contractKeys.referralCount(id, year));
  const result = await db().send(new BatchGetCommand({ RequestItems: { [tableName()]: { Keys: keys } } }));
  for (const item of result.Responses?.[tableName()] ?? []) {
    counts.set(String(item.pk).replace(/^INTERVENTION#/, ""), Number(item.count ?? 0));
  }
  return counts;
};

/** Adds this year's referral count and the capacity status it implies. */
export const withCapacity = (i: Intervention, count: number): CatalogueEntry => ({
  ...i,
  referralsThisYear: count,
  capacityStatus: capacityStatus(count, i.capacityPerYear),
});

/**
 * One page of the catalogue: a single Query on the catalogue partition of the PDU (or region) and need
 * area, the tier as a sort-key prefix, and the other filters as conditions on the items read — so the
 * cost of a page depends on the page size, not on how many interventions exist elsewhere.
 */
export const searchCatalogue = async (query: CatalogueQuery, today: string) => {
  const partition = query.pdu
    ? contractKeys.catalogueByPdu(query.pdu, query.needArea)
    : contractKeys.catalogueByRegion(query.region!, query.needArea);
  const filters = ["#start <= :today", "#end >= :today"];
  const values: Record<string, unknown> = { ":today": today };
  const names: Record<string, string> = { "#start": "startDate", "#end": "endDate" };
  if (query.sex === "female") {
    filters.push("contains(cohorts, :women)");
    values[":women"] = "women";
  }
  if (query.sex === "male") {
    // A service only for women is the one thing a man cannot be referred to.
    filters.push("NOT (size(cohorts) = :one AND contains(cohorts, :women))");
    values[":women"] = "women";
    values[":one"] = 1;
  }
  if (query.youngAdults) {
    filters.push("contains(cohorts, :young)");
    values[":young"] = "young-adults";
  }
  if (query.setting === "community") {
    filters.push("contains(settings, :community)");
    values[":community"] = "community";
  }
  if (query.setting === "custody") {
    filters.push("(contains(settings, :pre) OR contains(settings, :gate))");
    values[":pre"] = "pre-release-custody";
    values[":gate"] = "through-the-gate";
  }
  if (query.tier) values[":tier"] = contractKeys.catalogueTierPrefix(query.tier);
  const page = await queryFilledPage<Record<string, unknown>>({
    index: "gsi1",
    partition,
    ...(query.tier ? { sortCondition: "begins_with(#sk, :tier)" } : {}),
    filter: filters.join(" AND "),
    values,
    names,
    limit: query.limit,
    cursor: query.cursor,
  });
  const interventions = page.items.map(strip);
  const counts = await referralCounts(
    interventions.map((i) => i.id),
    today.slice(0, 4),
  );
  return {
    items: interventions.map((i) => withCapacity(i, counts.get(i.id) ?? 0)),
    ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}),
  };
};

/** An intervention's details, or undefined. */
export const findIntervention = async (id: string): Promise<Intervention | undefined> => {
  const result = await db().send(
    new GetCommand({ TableName: tableName(), Key: contractKeys.intervention(id) }),
  );
  return result.Item ? strip(result.Item) : undefined;
};

/** The tiers a contract offers, each with its intervention (a contract has at most three). */
export const contractTiers = async (contractId: string) => {
  const page = await queryPage<Record<string, unknown>>({
    index: "gsi1",
    partition: contractKeys.byContract(contractId),
    limit: 10,
  });
  return page.items.map(strip).map((i) => ({ interventionId: i.id, tierId: i.tierId, title: i.title }));
};
