import { monotonicFactory } from "ulid";
import type { Change } from "#shared/referrals/amendments.ts";
import { now } from "../platform/clock.ts";
import { tableName } from "../platform/data/dynamo.ts";
import { withoutKeys } from "../platform/data/item.ts";
import { queryPage } from "../platform/data/query-page.ts";
import type { TransactItem } from "../platform/data/transact.ts";
import { changeKind } from "./items.ts";

const ulid = monotonicFactory();

/** The transaction items that add changes to a referral's changelog. */
export const changePuts = (referralId: string, changes: Omit<Change, "id">[]): TransactItem[] =>
  changes.map((change) => {
    const id = ulid(now().getTime());
    return {
      Put: {
        TableName: tableName(),
        Item: changeKind.item({ referralId, at: change.at, id }, { id, ...change }),
        ConditionExpression: "attribute_not_exists(pk)",
      },
    };
  });

/** A page of a referral's changelog, oldest first. */
export const listChanges = async (referralId: string, limit: number, cursor?: string) => {
  const result = await queryPage<Record<string, unknown>>({
    partition: changeKind.pk({ referralId }),
    sortCondition: "begins_with(#sk, :change)",
    values: { ":change": changeKind.skPrefix },
    limit,
    cursor,
  });
  return { ...result, items: result.items.map((i) => withoutKeys<Change>(i)) };
};
