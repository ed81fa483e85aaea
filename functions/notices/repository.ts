import { GetCommand } from "@aws-sdk/lib-dynamodb";
import type { Notice } from "#shared/notices/notice.ts";
import type { Release } from "#shared/notices/releases.ts";
import { db, tableName } from "../platform/data/dynamo.ts";
import { withoutKeys } from "../platform/data/item.ts";
import { queryPage } from "../platform/data/query-page.ts";
import { failedConditions, type TransactItem, transact } from "../platform/data/transact.ts";
import { conflict } from "../platform/http/problems.ts";
import { noticeKind } from "./items.ts";

/** A notice as stored: what its page shows, plus the release it publishes and who drafted it. */
export interface StoredNotice extends Notice {
  tag: string;
  textAt: "tender" | "awards" | "contracts";
  sections: Record<string, unknown>;
  /** Set when published; never changes after. */
  release?: Release;
  createdBy: string;
  publishedBy?: string;
  /**
   * What the notice was drafted from, to tell when the next is due: a tender notice's deadlines (due.ts),
   * the dynamic market's scope or the announcement of its end (market-due.ts).
   */
  basis?: string;
}

/** One notice by id (one GetItem), or undefined. */
export const findNotice = async (id: string): Promise<StoredNotice | undefined> => {
  const result = await db().send(new GetCommand({ TableName: tableName(), Key: noticeKind.key({ id }) }));
  return result.Item ? withoutKeys<StoredNotice>(result.Item) : undefined;
};

/** Every notice of a procurement, drafts included, in the order they were drafted (one partition of gsi1). */
export const procurementNotices = async (procurementId: string): Promise<StoredNotice[]> => {
  const all: StoredNotice[] = [];
  let cursor: string | undefined;
  do {
    const page = await queryPage<Record<string, unknown>>({
      index: "gsi1",
      partition: noticeKind.gsi1.pk({ procurementId }),
      limit: 100,
      cursor,
    });
    all.push(...page.items.map((i) => withoutKeys<StoredNotice>(i)));
    cursor = page.nextCursor;
  } while (cursor);
  return all;
};

/** The put of a notice, conditioned on the version read (0 = new). */
export const noticePut = (notice: StoredNotice, expectedVersion: number): TransactItem => ({
  Put: {
    TableName: tableName(),
    Item: noticeKind.item(notice, notice),
    ...(expectedVersion === 0
      ? { ConditionExpression: "attribute_not_exists(pk)" }
      : {
          // Only a draft at the version read may change: a published notice is immutable.
          ConditionExpression: "version = :version AND #status = :draft",
          ExpressionAttributeNames: { "#status": "status" },
          ExpressionAttributeValues: { ":version": expectedVersion, ":draft": "draft" },
        }),
  },
});

/** Writes all-or-nothing; a failed condition is someone else's change (409). */
export const writeAll = async (items: TransactItem[], message?: string) => {
  try {
    await transact(items);
  } catch (error) {
    if (failedConditions(error)) throw conflict(message);
    throw error;
  }
};

/** A notice without what the public never sees (who drafted and published it; the draft's parts). */
export const publicNotice = (n: StoredNotice): Notice => ({
  id: n.id,
  procurementId: n.procurementId,
  procurementTitle: n.procurementTitle,
  ocid: n.ocid,
  kind: n.kind,
  kindName: n.kindName,
  status: n.status,
  facts: n.facts,
  description: n.description,
  ...(n.needAreaId ? { needAreaId: n.needAreaId } : {}),
  regionIds: n.regionIds,
  ...(n.corrects ? { corrects: n.corrects } : {}),
  createdAt: n.createdAt,
  ...(n.publishedAt ? { publishedAt: n.publishedAt } : {}),
  version: n.version,
});
