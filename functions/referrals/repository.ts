import { BatchGetCommand, GetCommand } from "@aws-sdk/lib-dynamodb";
import { monotonicFactory } from "ulid";
import type { Principal } from "#shared/auth/principal.ts";
import type { CaseNote, InboxTab, Referral } from "#shared/referrals/referral.ts";
import { nextDueAt } from "#shared/referrals/sla.ts";
import { isOpen } from "#shared/referrals/status.ts";
import { now } from "../platform/clock.ts";
import { type AuditInput, appendAudit, auditKeys, auditPut } from "../platform/data/audit.ts";
import { db, tableName } from "../platform/data/dynamo.ts";
import { withoutKeys } from "../platform/data/item.ts";
import { queryFilledPage, queryPage } from "../platform/data/query-page.ts";
import { failedConditions, type TransactItem, transact } from "../platform/data/transact.ts";
import { conflict } from "../platform/http/problems.ts";
import {
  caseNoteKind,
  type Phase,
  phaseOf,
  referenceClaimKind,
  referralKind,
  searchTermKind,
  searchTermOf,
} from "./items.ts";
import { planApprovalDueAt, slaFacts, type StoredReferral } from "./stored.ts";

const ulid = monotonicFactory();
export { draftLifetimeDays } from "./items.ts";

/** Keys of referrals and what hangs off them (declared in ./items.ts). */
const keys = {
  referral: (id: string) => referralKind.key({ id }),
  inbox: (organisationId: string, phase: Phase) => referralKind.gsi2.pk({ organisationId, phase }),
  caseload: (userId: string, phase: Phase) => referralKind.gsi3.pk({ caseworker: { userId }, phase }),
};

/** The stored item of a referral with the index keys its status puts it under (also used by the seed). */
export const referralItem = (r: StoredReferral): Record<string, unknown> => {
  const due = r.status === "draft" || !isOpen(r.status) ? undefined : nextDueAt(slaFacts(r));
  // Kept beside nextDueAt so the inbox's "plans awaiting approval" filter is a condition on one attribute.
  const approvalDue = isOpen(r.status) ? planApprovalDueAt(r) : undefined;
  return referralKind.item(
    { ...r, phase: phaseOf(r.status) },
    {
      ...r,
      ...(due ? { nextDueAt: due } : { nextDueAt: undefined }),
      ...(approvalDue ? { planApprovalDueAt: approvalDue } : {}),
    },
  );
};

const strip = (item: Record<string, unknown>) => {
  const {
    nextDueAt: _n,
    expiresAt: _e,
    planApprovalDueAt: _a,
    ...rest
  } = withoutKeys<StoredReferral & { expiresAt?: number; nextDueAt?: string; planApprovalDueAt?: string }>(
    item,
  );
  return {
    ...rest,
    ...(typeof item.nextDueAt === "string" ? { nextDueAt: item.nextDueAt } : {}),
  } as StoredReferral & {
    nextDueAt?: string;
  };
};

/** A draft past its lifetime counts as gone even before DynamoDB's TTL sweep removes it. */
const expired = (item: Record<string, unknown>) =>
  typeof item.expiresAt === "number" && item.expiresAt * 1000 < now().getTime();

/** Reads a referral, or undefined (also for an expired draft). */
export const findReferral = async (id: string): Promise<StoredReferral | undefined> => {
  const result = await db().send(new GetCommand({ TableName: tableName(), Key: keys.referral(id) }));
  return result.Item && !expired(result.Item) ? strip(result.Item) : undefined;
};

/**
 * Writes the next version of a referral with its audit event and any other items of the same change
 * (notifications, the reference claim, search terms, counters), all or nothing. Version 0 creates.
 */
export const writeReferral = async (
  actor: Principal,
  next: StoredReferral,
  expectedVersion: number,
  audit: Omit<AuditInput, "entityType" | "entityId">,
  extra: TransactItem[] = [],
): Promise<StoredReferral> => {
  try {
    await transact([
      {
        Put: {
          TableName: tableName(),
          Item: referralItem(next),
          ...(expectedVersion === 0
            ? { ConditionExpression: "attribute_not_exists(pk)" }
            : {
                ConditionExpression: "version = :version",
                ExpressionAttributeValues: { ":version": expectedVersion },
              }),
        },
      },
      auditPut(actor, { entityType: "referral", entityId: next.id, ...audit }),
      ...extra,
    ]);
  } catch (error) {
    if (failedConditions(error)?.includes(0)) {
      throw conflict(
        "This referral was changed somewhere else since you loaded it. Reload it and try again.",
      );
    }
    throw error;
  }
  return next;
};

/** Whether a cancelled send failed only because its reference was already taken (item 2 of the send). */
export const referenceTaken = (error: unknown): boolean => failedConditions(error)?.includes(2) ?? false;

/** The send's extra items: the reference claim (must stay first) and the search terms. */
export const sendItems = (r: StoredReferral, personName: { first: string; last: string }, crn: string) => {
  const terms = [
    searchTermOf.reference(r.reference!),
    searchTermOf.crn(crn),
    searchTermOf.name(normaliseName(`${personName.last} ${personName.first}`)),
    searchTermOf.name(normaliseName(`${personName.first} ${personName.last}`)),
  ];
  const scopes = [{ organisationId: r.organisationId }, { pdu: r.pdu }];
  const searchItems: TransactItem[] = scopes.flatMap((scope) =>
    terms.map((term) => ({
      Put: {
        TableName: tableName(),
        Item: searchTermKind.item({ ...scope, term, referralId: r.id }, { referralId: r.id }),
      },
    })),
  );
  return [
    {
      Put: {
        TableName: tableName(),
        Item: referenceClaimKind.item({ reference: r.reference! }, { referralId: r.id }),
        ConditionExpression: "attribute_not_exists(pk)",
      },
    },
    ...searchItems,
  ] satisfies TransactItem[];
};

/** Lower case, single spaces, letters, digits, hyphens and apostrophes only. */
export const normaliseName = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9'\- ]/g, "")
    .replace(/\s+/g, " ")
    .trim();

/** Appends the audit event of a read of a referral's personal data. */
export const auditRead = async (actor: Principal, referralId: string, what: string) => {
  await appendAudit(actor, { entityType: "referral-access", entityId: referralId, action: what });
};

/** Appends one audit event for a list that showed people's names (the referrals it showed). */
export const auditListRead = async (actor: Principal, list: string, ids: string[]) => {
  if (ids.length === 0) return;
  await appendAudit(actor, {
    entityType: "referral-list",
    entityId: actor.userId,
    action: "referral-list-viewed",
    details: { list, referralIds: ids.join(",") },
  });
};

/** A page of referral items from an index Query (expired drafts left out), as stored. */
export const referralPage = async (
  request: Parameters<typeof queryFilledPage>[0],
): Promise<{ items: (StoredReferral & { nextDueAt?: string })[]; nextCursor?: string }> => {
  const result = await queryFilledPage<Record<string, unknown>>(request);
  return { ...result, items: result.items.filter((i) => !expired(i)).map(strip) };
};

/**
 * A page of a provider's inbox tab; `overdue` keeps referrals with an SLA clock past due, `approval`
 * those with an action plan waiting for the officer's approval (issue 17 item 2's 5-working-day SLA).
 */
export const listInbox = (
  principal: Principal,
  tab: InboxTab,
  options: {
    overdue: boolean;
    approval: boolean;
    oldestFirst: boolean;
    limit: number;
    cursor?: string | undefined;
  },
) => {
  const phase: Phase = tab === "completed" || tab === "withdrawn" ? tab : "open";
  const filters: string[] = [];
  const values: Record<string, unknown> = {};
  if (tab === "unassigned") filters.push("attribute_not_exists(caseworker)");
  // With `approval`, overdue means the officer's approval is late, not one of the provider's clocks.
  if (options.approval && !options.overdue) filters.push("attribute_exists(planApprovalDueAt)");
  if (options.overdue) {
    filters.push(options.approval ? "planApprovalDueAt < :now" : "nextDueAt < :now");
    values[":now"] = now().toISOString();
  }
  return referralPage({
    index: tab === "mine" ? "gsi3" : "gsi2",
    partition:
      tab === "mine"
        ? keys.caseload(principal.userId, phase)
        : keys.inbox(principal.organisationId ?? "", phase),
    ...(filters.length ? { filter: filters.join(" AND "), values } : {}),
    limit: options.limit,
    cursor: options.cursor,
    newestFirst: !options.oldestFirst,
  });
};

/**
 * Referrals whose reference, CRN or name starts with `term`, within an organisation's or a PDU's
 * search partition: a Query with begins_with on the sort key, then one BatchGet for the page.
 */
export const searchReferrals = async (
  scope: { organisationId: string } | { pdu: string },
  term: string,
  limit: number,
  cursor?: string,
) => {
  const partition = searchTermKind.pk(scope);
  const hits = await queryPage<{ referralId: string }>({
    partition,
    sortCondition: "begins_with(#sk, :term)",
    values: { ":term": term },
    limit,
    cursor,
  });
  const ids = [...new Set(hits.items.map((h) => h.referralId))];
  if (ids.length === 0) return { items: [], ...(hits.nextCursor ? { nextCursor: hits.nextCursor } : {}) };
  const result = await db().send(
    new BatchGetCommand({ RequestItems: { [tableName()]: { Keys: ids.map((id) => keys.referral(id)) } } }),
  );
  const found = new Map((result.Responses?.[tableName()] ?? []).map((i) => [String(i.id), strip(i)]));
  return {
    items: ids.flatMap((id) => (found.has(id) ? [found.get(id)!] : [])),
    ...(hits.nextCursor ? { nextCursor: hits.nextCursor } : {}),
  };
};

/** The transaction item that adds a case note. */
export const notePut = (
  referralId: string,
  note: Omit<CaseNote, "id">,
): { item: TransactItem; note: CaseNote } => {
  const id = ulid(now().getTime());
  const stored: CaseNote = { id, ...note };
  return {
    note: stored,
    item: {
      Put: {
        TableName: tableName(),
        Item: caseNoteKind.item({ referralId, at: note.at, id }, stored),
      },
    },
  };
};

/** A page of a referral's case notes, oldest first. */
export const listNotes = async (referralId: string, limit: number, cursor?: string) => {
  const result = await queryPage<Record<string, unknown>>({
    partition: caseNoteKind.pk({ referralId }),
    sortCondition: "begins_with(#sk, :note)",
    values: { ":note": caseNoteKind.skPrefix },
    limit,
    cursor,
  });
  return { ...result, items: result.items.map((i) => withoutKeys<CaseNote>(i)) };
};

/** A page of a referral's timeline: its audit trail, oldest first (reads are audited elsewhere). */
export const listTimeline = async (referralId: string, limit: number, cursor?: string) =>
  queryPage<Record<string, unknown>>({ partition: auditKeys.trail("referral", referralId), limit, cursor });

export type { Referral };
