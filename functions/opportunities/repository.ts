import { GetCommand } from "@aws-sdk/lib-dynamodb";
import { ulid } from "ulid";
import type { Principal } from "#shared/auth/principal.ts";
import type {
  CreateOpportunityInput,
  Opportunity,
  OpportunityFields,
} from "#shared/opportunities/opportunity.ts";
import { opportunityStatus } from "#shared/opportunities/rules.ts";
import { now } from "../platform/clock.ts";
import { type AuditInput, auditPut } from "../platform/data/audit.ts";
import { db, tableName } from "../platform/data/dynamo.ts";
import { queryFilledPage } from "../platform/data/query-page.ts";
import { failedConditions, type TransactItem, transact } from "../platform/data/transact.ts";
import { conflict } from "../platform/http/problems.ts";
import { withoutKeys } from "../platform/data/item.ts";
import { opportunityKind, opportunityListingKind } from "./items.ts";

/** What is stored: the opportunity without its derived status. */
export type StoredOpportunity = Omit<Opportunity, "status">;

/** Keys of opportunities (declared in ./items.ts). */
export const opportunityKeys = {
  details: (id: string) => opportunityKind.key({ id }),
  regionEntry: (id: string, regionId: string) => opportunityListingKind.key({ id, regionId }),
  regionList: (regionId: string, state: string) => opportunityListingKind.gsi1.pk({ regionId, state }),
};

/** One listing entry per region, so each region's list is a Query sorted by submission deadline. */
const regionEntries = (o: StoredOpportunity): TransactItem[] =>
  o.regionIds.map((regionId) => ({
    Put: {
      TableName: tableName(),
      Item: opportunityListingKind.item(
        { id: o.id, regionId, state: o.state, submissionDeadline: o.submissionDeadline },
        {
          id: o.id,
          title: o.title,
          needAreaId: o.needAreaId,
          regionIds: o.regionIds,
          tiers: o.tiers ?? [],
          state: o.state,
          ...(o.clarificationDeadline ? { clarificationDeadline: o.clarificationDeadline } : {}),
          ...(o.submissionDeadline ? { submissionDeadline: o.submissionDeadline } : {}),
        },
      ),
    },
  }));

const removedRegionEntries = (before: StoredOpportunity, after: StoredOpportunity): TransactItem[] =>
  before.regionIds
    .filter((r) => !after.regionIds.includes(r))
    .map((regionId) => ({
      Delete: { TableName: tableName(), Key: opportunityKeys.regionEntry(before.id, regionId) },
    }));

const strip = (item: Record<string, unknown>) => withoutKeys<StoredOpportunity>(item);

/** Every item an opportunity is stored as: its details and one listing entry per region (also used by the seed). */
export const opportunityItems = (o: StoredOpportunity): Record<string, unknown>[] => [
  opportunityKind.item(o, o),
  ...regionEntries(o).map((entry) => entry.Put!.Item as Record<string, unknown>),
];

/** Adds the status people see, from the stored state and the clock. */
export const withStatus = (o: StoredOpportunity): Opportunity => ({
  ...o,
  status: opportunityStatus(o, now()),
});

/** Reads one opportunity, or undefined. */
export const findOpportunity = async (id: string): Promise<StoredOpportunity | undefined> => {
  const result = await db().send(
    new GetCommand({ TableName: tableName(), Key: opportunityKeys.details(id) }),
  );
  return result.Item ? strip(result.Item) : undefined;
};

/** Creates a draft with its listing entries and audit event. */
export const createOpportunity = async (
  actor: Principal,
  input: CreateOpportunityInput,
): Promise<StoredOpportunity> => {
  const opportunity: StoredOpportunity = {
    ...input,
    id: ulid(),
    state: "draft",
    createdBy: actor.userId,
    createdAt: now().toISOString(),
    submittedBidCount: 0,
    version: 1,
  };
  await transact([
    {
      Put: {
        TableName: tableName(),
        Item: opportunityKind.item(opportunity, opportunity),
        ConditionExpression: "attribute_not_exists(pk)",
      },
    },
    ...regionEntries(opportunity),
    auditPut(actor, {
      entityType: "opportunity",
      entityId: opportunity.id,
      action: "opportunity-created",
      toState: "draft",
    }),
  ]);
  return opportunity;
};

type OpportunityChanges = Partial<OpportunityFields> &
  Partial<Pick<StoredOpportunity, "state" | "publishedAt" | "cancelledAt" | "cancelReason">>;

/**
 * The transaction items that replace an opportunity with a changed copy: the details (only if nobody
 * changed them since `expectedVersion` and the state is still the one read), the listing entries and the
 * audit event. The details item comes first, so a failed condition at index 0 means a conflicting change.
 */
export const opportunityChangeItems = (
  actor: Principal,
  before: StoredOpportunity,
  changes: OpportunityChanges,
  expectedVersion: number,
  audit: Omit<AuditInput, "entityType" | "entityId">,
): { after: StoredOpportunity; items: TransactItem[] } => {
  const after: StoredOpportunity = { ...before, ...changes, version: expectedVersion + 1 };
  return {
    after,
    items: [
      {
        Put: {
          TableName: tableName(),
          Item: opportunityKind.item(after, after),
          ConditionExpression: "version = :version AND #state = :state",
          ExpressionAttributeNames: { "#state": "state" },
          ExpressionAttributeValues: { ":version": expectedVersion, ":state": before.state },
        },
      },
      ...removedRegionEntries(before, after),
      ...regionEntries(after),
      auditPut(actor, { entityType: "opportunity", entityId: after.id, ...audit }),
    ],
  };
};

/** Replaces an opportunity with a changed copy, all or nothing (see `opportunityChangeItems`). */
export const saveOpportunity = async (
  actor: Principal,
  before: StoredOpportunity,
  changes: OpportunityChanges,
  expectedVersion: number,
  audit: Omit<AuditInput, "entityType" | "entityId">,
): Promise<StoredOpportunity> => {
  const { after, items } = opportunityChangeItems(actor, before, changes, expectedVersion, audit);
  try {
    await transact(items);
  } catch (error) {
    if (failedConditions(error)?.includes(0)) throw conflict();
    throw error;
  }
  return after;
};

type Listing = Pick<
  StoredOpportunity,
  | "id"
  | "title"
  | "needAreaId"
  | "regionIds"
  | "tiers"
  | "state"
  | "clarificationDeadline"
  | "submissionDeadline"
>;

/**
 * One page of a region's opportunities in a status, soonest deadline first. Open and closed are the
 * two sides of "now" in the published list, so both remain single Queries.
 */
export const listOpportunities = async (request: {
  regionId: string;
  status: "draft" | "open" | "closed" | "cancelled";
  needAreaIds?: string[];
  limit: number;
  cursor?: string | undefined;
}) => {
  const state = request.status === "open" || request.status === "closed" ? "published" : request.status;
  const at = now().toISOString();
  const sortCondition =
    request.status === "open" ? "#sk >= :now" : request.status === "closed" ? "#sk < :now" : undefined;
  const needs = request.needAreaIds;
  const needValues = Object.fromEntries((needs ?? []).map((n, i) => [`:need${i}`, n]));
  // A need-area filter is applied after DynamoDB's page limit, so one Query can come back empty while
  // matches wait further on: read on (a bounded number of Queries) until the page is full.
  const page = await queryFilledPage<Listing>(
    {
      index: "gsi1",
      partition: opportunityKeys.regionList(request.regionId, state),
      ...(sortCondition ? { sortCondition, values: { ":now": at, ...needValues } } : { values: needValues }),
      ...(needs ? { filter: `needAreaId IN (${Object.keys(needValues).join(", ")})` } : {}),
      limit: request.limit,
      cursor: request.cursor,
      newestFirst: request.status === "closed",
    },
    needs ? 10 : 1,
  );
  return {
    ...page,
    items: page.items.map((l) => ({
      id: l.id,
      title: l.title,
      needAreaId: l.needAreaId,
      regionIds: l.regionIds,
      tiers: l.tiers,
      status: opportunityStatus(l, now()),
      ...(l.clarificationDeadline ? { clarificationDeadline: l.clarificationDeadline } : {}),
      ...(l.submissionDeadline ? { submissionDeadline: l.submissionDeadline } : {}),
    })),
  };
};
