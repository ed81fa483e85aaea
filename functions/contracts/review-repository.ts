import { GetCommand } from "@aws-sdk/lib-dynamodb";
import type { ChargeLine } from "#shared/contracts/charges.ts";
import type { ImprovementPlan } from "#shared/contracts/improvement.ts";
import type { ContractRating, MonthlyMeasures } from "#shared/contracts/rating.ts";
import { db, tableName } from "../platform/data/dynamo.ts";
import { withoutKeys } from "../platform/data/item.ts";
import { queryPage } from "../platform/data/query-page.ts";
import type { TransactItem } from "../platform/data/transact.ts";
import { notFound } from "../platform/http/problems.ts";
import { contractKind } from "./items.ts";
import {
  chargeLineKind,
  chargesMonthKind,
  contractRatingKind,
  improvementPlanKind,
  monthlyMeasuresKind,
} from "./review-items.ts";

/** Every item under a prefix of a contract's partition (bounded: quarters, months and started referrals). */
const allUnder = async (contractId: string, prefix: string): Promise<Record<string, unknown>[]> => {
  const found: Record<string, unknown>[] = [];
  let cursor: string | undefined;
  do {
    const page = await queryPage<Record<string, unknown>>({
      partition: contractKind.pk({ id: contractId }),
      sortCondition: "begins_with(#sk, :prefix)",
      values: { ":prefix": prefix },
      limit: 200,
      cursor,
    });
    found.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return found;
};

const getItem = async (key: { pk: string; sk: string }) =>
  (await db().send(new GetCommand({ TableName: tableName(), Key: key, ConsistentRead: true }))).Item;

/** A contract's ratings, oldest quarter first. */
export const listRatings = async (contractId: string) =>
  (await allUnder(contractId, contractRatingKind.skPrefix)).map((i) => withoutKeys<ContractRating>(i));

/** A contract's monthly measures, oldest first. */
export const listMonthlyMeasures = async (contractId: string) =>
  (await allUnder(contractId, monthlyMeasuresKind.skPrefix)).map((i) => withoutKeys<MonthlyMeasures>(i));

/** A contract's improvement plans, oldest first. */
export const listPlans = async (contractId: string) =>
  (await allUnder(contractId, improvementPlanKind.skPrefix)).map((i) => withoutKeys<ImprovementPlan>(i));

/** One quarter's rating, or undefined. */
export const findRating = async (contractId: string, period: string) => {
  const item = await getItem(contractRatingKind.key({ contractId, period }));
  return item ? withoutKeys<ContractRating>(item) : undefined;
};

/** One quarter's rating, or 404. */
export const ratingOr404 = async (contractId: string, period: string) => {
  const rating = await findRating(contractId, period);
  if (!rating) throw notFound("We could not find a rating for that quarter.");
  return rating;
};

/** The improvement plan a quarter's rating opened, or 404. */
export const planOr404 = async (contractId: string, period: string) => {
  const item = await getItem(improvementPlanKind.key({ contractId, period }));
  if (!item) throw notFound("We could not find that improvement plan.");
  return withoutKeys<ImprovementPlan>(item);
};

/** Whether a month's measures are already recorded. */
export const hasMonthlyMeasures = async (contractId: string, month: string) =>
  Boolean(await getItem(monthlyMeasuresKind.key({ contractId, month })));

/** A contract's charges, month by month, as the stored counters (`n_<name>`). */
export const listChargeMonths = async (contractId: string) =>
  (await allUnder(contractId, chargesMonthKind.skPrefix)).map((i) => ({
    month: i.month as string,
    counters: Object.fromEntries(
      Object.entries(i)
        .filter(([k]) => k.startsWith("n_"))
        .map(([k, v]) => [k.slice(2), Number(v)]),
    ),
  }));

/** One month's charge lines. */
export const listChargeLines = async (contractId: string, month: string) =>
  (await allUnder(contractId, `${chargeLineKind.skPrefix}${month}#`)).map((i) => withoutKeys<ChargeLine>(i));

const versioned = (before: { version: number } | undefined) =>
  before
    ? {
        ConditionExpression: "#version = :v",
        ExpressionAttributeNames: { "#version": "version" },
        ExpressionAttributeValues: { ":v": before.version },
      }
    : { ConditionExpression: "attribute_not_exists(pk)" };

/** Puts a rating: new, or from the version read (someone else acted meanwhile → 409). */
export const ratingPut = (rating: ContractRating, before: ContractRating | undefined): TransactItem => ({
  Put: { TableName: tableName(), Item: contractRatingKind.item(rating, rating), ...versioned(before) },
});

/** Puts an improvement plan: new, or from the version read. */
export const planPut = (plan: ImprovementPlan, before: ImprovementPlan | undefined): TransactItem => ({
  Put: { TableName: tableName(), Item: improvementPlanKind.item(plan, plan), ...versioned(before) },
});

/** Records a month's measures once (a second run of the job finds them there). */
export const monthlyMeasuresPut = (m: MonthlyMeasures): TransactItem => ({
  Put: { TableName: tableName(), Item: monthlyMeasuresKind.item(m, m), ...versioned(undefined) },
});
