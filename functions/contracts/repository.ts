import { GetCommand } from "@aws-sdk/lib-dynamodb";
import type { Contract, Intervention } from "#shared/contracts/contract.ts";
import { db, tableName } from "../platform/data/dynamo.ts";
import { withoutKeys } from "../platform/data/item.ts";
import { queryPage } from "../platform/data/query-page.ts";
import { contractKeys } from "./items.ts";

/** Reads a contract, or undefined. */
export const findContract = async (id: string): Promise<Contract | undefined> => {
  const result = await db().send(new GetCommand({ TableName: tableName(), Key: contractKeys.contract(id) }));
  return result.Item ? withoutKeys<Contract>(result.Item) : undefined;
};

/** Reads a live intervention, or undefined. */
export const findIntervention = async (id: string): Promise<Intervention | undefined> => {
  const result = await db().send(
    new GetCommand({ TableName: tableName(), Key: contractKeys.intervention(id) }),
  );
  return result.Item ? withoutKeys<Intervention>(result.Item) : undefined;
};

export type ContractsOf = { organisationId: string } | { opportunityId: string } | { regionId: string };

const partitionOf = (by: ContractsOf) =>
  "organisationId" in by
    ? { index: "gsi1" as const, partition: contractKeys.byOrganisation(by.organisationId) }
    : "regionId" in by
      ? { index: "gsi1" as const, partition: contractKeys.byRegion(by.regionId) }
      : { index: "gsi2" as const, partition: contractKeys.byOpportunity(by.opportunityId) };

/**
 * A page of contracts: an organisation's or a region's (gsi1, by start date, oldest or newest first)
 * or an opportunity's (gsi2). Always one Query on one partition.
 */
export const listContracts = async (by: ContractsOf, limit: number, cursor?: string, newestFirst = false) => {
  const page = await queryPage<Record<string, unknown>>({ ...partitionOf(by), limit, cursor, newestFirst });
  return { ...page, items: page.items.map((i) => withoutKeys<Contract>(i)) };
};
