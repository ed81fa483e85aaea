import type { RegisterEntry, RegisterQuery } from "#shared/notices/notice.ts";
import type { Release } from "#shared/notices/releases.ts";
import { endOfLondonDay, startOfLondonDay } from "#shared/time/index.ts";
import { tableName } from "../platform/data/dynamo.ts";
import { queryFilledPage, queryPage } from "../platform/data/query-page.ts";
import type { TransactItem } from "../platform/data/transact.ts";
import { registerEntryKind, registerFacets } from "./items.ts";
import type { StoredNotice } from "./repository.ts";

/** The words a register search matches, lower case: title, kind, description and facts. */
const searchText = (n: StoredNotice) =>
  [n.procurementTitle, n.kindName, n.description, ...n.facts.map((f) => `${f.label} ${f.value}`)]
    .join(" ")
    .toLowerCase()
    .slice(0, 20_000);

/** The register entries of a published notice, one per facet; the "ALL" one carries the release. */
export const registerEntryPuts = (n: StoredNotice): TransactItem[] =>
  registerFacets(n).map((facet) => ({
    Put: {
      TableName: tableName(),
      Item: registerEntryKind.item(
        { facet, publishedAt: n.publishedAt!, id: n.id },
        {
          id: n.id,
          procurementId: n.procurementId,
          procurementTitle: n.procurementTitle,
          kind: n.kind,
          kindName: n.kindName,
          ...(n.needAreaId ? { needAreaId: n.needAreaId } : {}),
          regionIds: n.regionIds,
          publishedAt: n.publishedAt,
          search: searchText(n),
          // As one JSON string, not a nested map: a feed page reads 100 of them, and a string is read
          // as it is rather than attribute by attribute (DynamoDB Local took ~6× longer on the map).
          ...(facet === "ALL" ? { releaseJson: JSON.stringify(n.release) } : {}),
        },
      ),
      ConditionExpression: "attribute_not_exists(pk)",
    },
  }));

const entryOf = (i: Record<string, unknown>): RegisterEntry => ({
  id: String(i.id),
  procurementId: String(i.procurementId),
  procurementTitle: String(i.procurementTitle),
  kind: i.kind as RegisterEntry["kind"],
  kindName: String(i.kindName),
  ...(i.needAreaId ? { needAreaId: String(i.needAreaId) } : {}),
  regionIds: (i.regionIds as string[] | undefined) ?? [],
  publishedAt: String(i.publishedAt),
});

/**
 * A page of the register, newest first: a Query on the most selective facet's partition, the other
 * filters applied to that Query (topped up to a full page by at most a few further Queries).
 */
export const registerPage = async (query: RegisterQuery, limit: number) => {
  const facet = query.kind
    ? `KIND#${query.kind}`
    : query.region
      ? `REGION#${query.region}`
      : query.needArea
        ? `AREA#${query.needArea}`
        : "ALL";
  const filters: string[] = [];
  const values: Record<string, unknown> = {};
  const names: Record<string, string> = {};
  if (query.kind && query.region) {
    filters.push("contains(regionIds, :region)");
    values[":region"] = query.region;
  }
  if (query.needArea && (query.kind || query.region)) {
    filters.push("needAreaId = :area");
    values[":area"] = query.needArea;
  }
  if (query.text) {
    filters.push("contains(#search, :text)");
    values[":text"] = query.text.toLowerCase();
    names["#search"] = "search";
  }
  const from = query.from ? startOfLondonDay(query.from).toISOString() : "0";
  // "~" sorts after every id, so the whole of the last day is included.
  const to = query.to ? `${endOfLondonDay(query.to).toISOString()}~` : "~";
  const page = await queryFilledPage<Record<string, unknown>>({
    partition: registerEntryKind.pk({ facet }),
    sortCondition: "#sk BETWEEN :from AND :to",
    values: { ...values, ":from": from, ":to": to },
    ...(Object.keys(names).length ? { names } : {}),
    ...(filters.length ? { filter: filters.join(" AND ") } : {}),
    limit,
    cursor: query.cursor,
    newestFirst: true,
  });
  return { items: page.items.map(entryOf), ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) };
};

/** A page of the harvest feed: releases in publication order from `since` (one Query on one partition). */
export const feedPage = async (since: string | undefined, limit: number, cursor?: string) => {
  const page = await queryPage<Record<string, unknown>>({
    partition: registerEntryKind.pk({ facet: "ALL" }),
    ...(since ? { sortCondition: "#sk >= :since", values: { ":since": since } } : {}),
    limit,
    cursor,
  });
  return {
    // Entries written before releases were stored as a string still carry the map.
    releases: page.items.map((i) =>
      typeof i.releaseJson === "string" ? (JSON.parse(i.releaseJson) as Release) : (i.release as Release),
    ),
    ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}),
  };
};
