import type { Contract } from "#shared/contracts/contract.ts";
import { londonDate } from "#shared/time/index.ts";
import { now } from "../platform/clock.ts";
import { withoutKeys } from "../platform/data/item.ts";
import { queryFilledPage, queryPage } from "../platform/data/query-page.ts";
import { type ListScope, listPartition } from "./items.ts";

/** What a contracts list is filtered and ordered by (`GET /api/contracts`, ADR 0027 update). */
export interface ContractListFilter {
  scope: ListScope;
  status?: "live" | "terminated" | "expired" | undefined;
  needAreaId?: string | undefined;
  /** Only for a provider's list: a commissioner's region is the list itself. */
  regionId?: string | undefined;
  endingWithin90Days?: boolean | undefined;
  order: "oldest" | "newest" | "ending-soonest" | "ending-latest";
}

const plusDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The attributes a list entry carries beyond the contract's own. */
const asContract = (item: Record<string, unknown>): Contract => {
  const { regionId: _region, ...contract } = withoutKeys<Contract & { regionId?: string }>(item);
  return contract;
};

/**
 * One page of a filtered contracts list. A region's list is one Query with no filter: status and
 * need area pick the partition (the entries are kept in step with the contract), the end-date index
 * answers "ending within 90 days" with a key range. A provider's need-area and region filters are a
 * FilterExpression on its own list, bounded by the handful of contracts one provider holds.
 */
export const listContractPage = async (filter: ContractListFilter, limit: number, cursor?: string) => {
  const byEnd = filter.endingWithin90Days || filter.order.startsWith("ending");
  const today = londonDate(now());
  const provider = "organisationId" in filter.scope;
  const filters: string[] = [];
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  if (provider && filter.needAreaId) {
    filters.push("#need = :need");
    names["#need"] = "needAreaId";
    values[":need"] = filter.needAreaId;
  }
  if (provider && filter.regionId) {
    filters.push("contains(#regions, :region)");
    names["#regions"] = "regionIds";
    values[":region"] = filter.regionId;
  }
  if (filter.endingWithin90Days) {
    values[":from"] = today;
    values[":until"] = `${plusDays(today, 90)}#~`;
  }
  const request = {
    index: byEnd ? ("gsi2" as const) : ("gsi1" as const),
    partition: listPartition(filter.scope, {
      ...(filter.status ? { status: filter.status } : {}),
      ...(!provider && filter.needAreaId ? { needAreaId: filter.needAreaId } : {}),
    }),
    ...(filter.endingWithin90Days ? { sortCondition: "#sk BETWEEN :from AND :until" } : {}),
    ...(filters.length ? { filter: filters.join(" AND "), names } : {}),
    values,
    limit,
    cursor,
    newestFirst: filter.order === "newest" || filter.order === "ending-latest",
  };
  const page = filters.length
    ? await queryFilledPage<Record<string, unknown>>(request)
    : await queryPage<Record<string, unknown>>(request);
  return { ...page, items: page.items.map(asContract) };
};
