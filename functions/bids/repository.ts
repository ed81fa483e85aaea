import { GetCommand, QueryCommand } from "@aws-sdk/lib-dynamodb";
import type { Principal } from "#shared/auth/principal.ts";
import { type Bid, type BidContent, type BidStatus, submittedStatuses } from "#shared/bids/bid.ts";
import { now } from "../platform/clock.ts";
import { auditPut } from "../platform/data/audit.ts";
import { db, tableName } from "../platform/data/dynamo.ts";
import { withoutKeys } from "../platform/data/item.ts";
import { queryPage } from "../platform/data/query-page.ts";
import { failedConditions, type TransactItem, transact } from "../platform/data/transact.ts";
import { conflict } from "../platform/http/problems.ts";
import { bidKind } from "./items.ts";

/** Keys of bids (declared in ./items.ts). */
const keys = {
  bid: (opportunityId: string, organisationId: string) => bidKind.key({ opportunityId, organisationId }),
};

const strip = (item: Record<string, unknown>) => withoutKeys<Bid>(item);

/** Reads a provider's bid for an opportunity, or undefined. */
export const findBid = async (opportunityId: string, organisationId: string): Promise<Bid | undefined> => {
  const result = await db().send(
    new GetCommand({ TableName: tableName(), Key: keys.bid(opportunityId, organisationId) }),
  );
  return result.Item ? strip(result.Item) : undefined;
};

/** The stored item of a bid with its index keys (also used by the seed). */
export const bidItem = (bid: Bid) => bidKind.item(bid, bid);

const bidAuditId = (bid: Pick<Bid, "opportunityId" | "organisationId">) =>
  `${bid.opportunityId}:${bid.organisationId}`;

/**
 * Writes the next version of a bid with its audit event. The condition makes concurrent edits safe:
 * version 0 means "create, and only if no bid exists"; otherwise the stored version must match.
 */
const writeBid = async (
  actor: Principal,
  next: Bid,
  expectedVersion: number,
  action: string,
  fromState?: BidStatus,
) => {
  try {
    await transact([
      {
        Put: {
          TableName: tableName(),
          Item: bidItem(next),
          ...(expectedVersion === 0
            ? { ConditionExpression: "attribute_not_exists(pk)" }
            : {
                ConditionExpression: "version = :version",
                ExpressionAttributeValues: { ":version": expectedVersion },
              }),
        },
      },
      auditPut(actor, {
        entityType: "bid",
        entityId: bidAuditId(next),
        action,
        ...(fromState ? { fromState } : {}),
        toState: next.status,
        details: { opportunityId: next.opportunityId, version: next.version },
      }),
    ]);
  } catch (error) {
    if (failedConditions(error)?.includes(0)) {
      throw conflict(
        "Your bid was changed somewhere else since you loaded it. Reload it to see the latest version.",
      );
    }
    throw error;
  }
  return next;
};

/** Saves a draft. Saving a submitted or withdrawn bid makes it a draft again: it must be (re)submitted. */
export const saveBid = (
  actor: Principal,
  existing: Bid | undefined,
  base: { opportunityId: string; organisationId: string; organisationName: string },
  content: BidContent,
  expectedVersion: number,
) => {
  const at = now().toISOString();
  const { submittedAt: _s, withdrawnAt: _w, ...kept } = existing ?? ({} as Partial<Bid>);
  const next: Bid = {
    ...base,
    ...kept,
    status: "draft",
    content,
    createdAt: existing?.createdAt ?? at,
    updatedAt: at,
    version: expectedVersion + 1,
  };
  return writeBid(actor, next, expectedVersion, existing ? "bid-saved" : "bid-started", existing?.status);
};

/**
 * The transaction items that mark a submitted bid awarded or unsuccessful once the competition ends:
 * the bid (only if unchanged since it was read) and its audit event, for the caller's transaction.
 */
export const bidOutcomeItems = (
  actor: Principal,
  bid: Bid,
  status: "awarded" | "unsuccessful",
): TransactItem[] => {
  const next: Bid = { ...bid, status, updatedAt: now().toISOString(), version: bid.version + 1 };
  return [
    {
      Put: {
        TableName: tableName(),
        Item: bidItem(next),
        ConditionExpression: "version = :version",
        ExpressionAttributeValues: { ":version": bid.version },
      },
    },
    auditPut(actor, {
      entityType: "bid",
      entityId: bidAuditId(next),
      action: `bid-${status}`,
      fromState: bid.status,
      toState: status,
      details: { opportunityId: next.opportunityId, version: next.version },
    }),
  ];
};

/** Moves a bid to submitted or withdrawn. */
export const changeBidStatus = (
  actor: Principal,
  bid: Bid,
  status: "submitted" | "withdrawn",
  expectedVersion: number,
) => {
  const at = now().toISOString();
  const next: Bid = {
    ...bid,
    status,
    updatedAt: at,
    ...(status === "submitted" ? { submittedAt: at } : { withdrawnAt: at }),
    version: expectedVersion + 1,
  };
  return writeBid(
    actor,
    next,
    expectedVersion,
    status === "submitted" ? "bid-submitted" : "bid-withdrawn",
    bid.status,
  );
};

// Submitted by the deadline: still "submitted", or since marked awarded or unsuccessful.
const submittedValues = Object.fromEntries(submittedStatuses.map((s, i) => [`:submitted${i}`, s]));
const submittedFilter = `#status IN (${Object.keys(submittedValues).join(", ")})`;

/** How many bids are submitted: a count over the opportunity's own partition, never a scan. */
export const countSubmittedBids = async (opportunityId: string): Promise<number> => {
  let count = 0;
  let start: Record<string, unknown> | undefined;
  do {
    const result = await db().send(
      new QueryCommand({
        TableName: tableName(),
        KeyConditionExpression: "pk = :pk AND begins_with(sk, :bid)",
        FilterExpression: submittedFilter,
        ExpressionAttributeNames: { "#status": "status" },
        ExpressionAttributeValues: {
          ":pk": bidKind.pk({ opportunityId }),
          ":bid": bidKind.skPrefix,
          ...submittedValues,
        },
        Select: "COUNT",
        ...(start ? { ExclusiveStartKey: start } : {}),
      }),
    );
    count += result.Count ?? 0;
    start = result.LastEvaluatedKey;
  } while (start);
  return count;
};

/** A page of an opportunity's submitted bids (after the deadline only — the caller checks). */
export const listSubmittedBids = async (opportunityId: string, limit: number, cursor?: string) => {
  const page = await queryPage<Record<string, unknown>>({
    partition: bidKind.pk({ opportunityId }),
    sortCondition: "begins_with(#sk, :bid)",
    values: { ":bid": bidKind.skPrefix, ...submittedValues },
    names: { "#status": "status" },
    filter: submittedFilter,
    limit,
    cursor,
  });
  return { ...page, items: page.items.map(strip) };
};

/** The names of every organisation with a bid on an opportunity, in any state (one partition, paged). */
export const listBidderNames = async (opportunityId: string): Promise<string[]> => {
  const names: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await queryPage<Record<string, unknown>>({
      partition: bidKind.pk({ opportunityId }),
      sortCondition: "begins_with(#sk, :bid)",
      values: { ":bid": bidKind.skPrefix },
      limit: 200,
      cursor,
    });
    names.push(...page.items.map((b) => String(b.organisationName)));
    cursor = page.nextCursor;
  } while (cursor);
  return names;
};
