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

/** A page of contracts: an organisation's (gsi1, by start date) or an opportunity's (gsi2). */
export const listContracts = async (
  by: { organisationId: string } | { opportunityId: string },
  limit: number,
  cursor?: string,
) => {
  const page = await queryPage<Record<string, unknown>>(
    "organisationId" in by
      ? { index: "gsi1", partition: contractKeys.byOrganisation(by.organisationId), limit, cursor }
      : { index: "gsi2", partition: contractKeys.byOpportunity(by.opportunityId), limit, cursor },
  );
  return { ...page, items: page.items.map((i) => withoutKeys<Contract>(i)) };
};
