import { GetCommand } from "@aws-sdk/lib-dynamodb";
import type { Restriction } from "#shared/referrals/restriction.ts";
import { db, tableName } from "../platform/data/dynamo.ts";
import { withoutKeys } from "../platform/data/item.ts";
import { queryPage } from "../platform/data/query-page.ts";
import type { TransactItem } from "../platform/data/transact.ts";
import { personReferralKind, referralKind, restrictionKind, searchTermKind, searchTermOf } from "./items.ts";
import { findReferral } from "./repository.ts";
import type { StoredReferral } from "./stored.ts";

/* Where a person's restriction is kept and how it reaches each of their referrals (item 5, ADR 0031). */

/** A person has few referrals; more than this in one restriction is refused rather than half-written. */
export const maxReferralsPerPerson = 40;

/** The person's restriction, if they are restricted. */
export const findRestriction = async (crn: string): Promise<Restriction | undefined> => {
  const result = await db().send(
    new GetCommand({ TableName: tableName(), Key: restrictionKind.key({ crn }) }),
  );
  return result.Item ? withoutKeys<Restriction>(result.Item) : undefined;
};

/** The CRN a referral is for, once the officer has entered it. */
export const crnOf = (r: StoredReferral): string | undefined =>
  typeof r.answers.person?.crn === "string" ? r.answers.person.crn : undefined;

/**
 * The person's other referrals: those linked to them when sent, and (for referrals sent before the
 * links existed) those in the PDU's search partition under their CRN. Two Queries, never a Scan.
 */
export const otherReferralsOf = async (crn: string, r: StoredReferral): Promise<StoredReferral[]> => {
  const linked = await queryPage<{ referralId: string }>({
    partition: personReferralKind.pk({ crn }),
    sortCondition: "begins_with(#sk, :prefix)",
    values: { ":prefix": personReferralKind.skPrefix },
    limit: maxReferralsPerPerson + 1,
  });
  const searched = await queryPage<{ referralId: string }>({
    partition: searchTermKind.pk({ pdu: r.pdu }),
    sortCondition: "begins_with(#sk, :term)",
    values: { ":term": `${searchTermOf.crn(crn)}#` },
    limit: maxReferralsPerPerson + 1,
  });
  const ids = new Set([...linked.items, ...searched.items].map((i) => i.referralId));
  ids.delete(r.id);
  const found = await Promise.all([...ids].map((id) => findReferral(id)));
  return found.filter((x): x is StoredReferral => x !== undefined);
};

/** The item linking the person to one of their referrals. */
export const personLinkPut = (crn: string, referralId: string): TransactItem => ({
  Put: {
    TableName: tableName(),
    Item: personReferralKind.item({ crn, referralId }, { referralId }),
  },
});

/** Keeps (or, when lifted, deletes) the person's restriction itself. */
export const restrictionWrite = (crn: string, restriction: Restriction | undefined): TransactItem =>
  restriction
    ? { Put: { TableName: tableName(), Item: restrictionKind.item({ crn }, restriction) } }
    : { Delete: { TableName: tableName(), Key: restrictionKind.key({ crn }) } };

/**
 * Copies the restriction onto another of the person's referrals (or removes it), on the version read,
 * and moves its version on so no change loaded before it can put the referral back unrestricted.
 */
export const restrictionCopy = (
  other: StoredReferral,
  restriction: Restriction | undefined,
): TransactItem => ({
  Update: {
    TableName: tableName(),
    Key: referralKind.key({ id: other.id }),
    UpdateExpression: restriction
      ? "SET #restriction = :restriction, #version = :next"
      : "REMOVE #restriction SET #version = :next",
    ConditionExpression: "#version = :version",
    ExpressionAttributeNames: { "#restriction": "restriction", "#version": "version" },
    ExpressionAttributeValues: {
      ":version": other.version,
      ":next": other.version + 1,
      ...(restriction ? { ":restriction": restriction } : {}),
    },
  },
});
