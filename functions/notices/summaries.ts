import type { AssessmentSummary } from "#shared/notices/summary.ts";
import { tableName } from "../platform/data/dynamo.ts";
import { withoutKeys } from "../platform/data/item.ts";
import { queryPage } from "../platform/data/query-page.ts";
import type { TransactItem } from "../platform/data/transact.ts";
import { GetCommand } from "@aws-sdk/lib-dynamodb";
import { db } from "../platform/data/dynamo.ts";
import { assessmentSummaryKind } from "./items.ts";

/** The summary item, written once per bidder. */
export const summaryPut = (summary: AssessmentSummary): TransactItem => ({
  Put: {
    TableName: tableName(),
    Item: assessmentSummaryKind.item(summary, summary),
    ConditionExpression: "attribute_not_exists(pk)",
  },
});

/** The organisations already sent a summary for a competition (one partition). */
export const summariesSent = async (opportunityId: string): Promise<Set<string>> => {
  const sent = new Set<string>();
  let cursor: string | undefined;
  do {
    const page = await queryPage<Record<string, unknown>>({
      partition: assessmentSummaryKind.pk({ opportunityId }),
      limit: 100,
      cursor,
    });
    for (const item of page.items) sent.add(String(item.organisationId));
    cursor = page.nextCursor;
  } while (cursor);
  return sent;
};

/** One bidder's summary as sent, or undefined. */
export const findSummary = async (opportunityId: string, organisationId: string) => {
  const result = await db().send(
    new GetCommand({
      TableName: tableName(),
      Key: assessmentSummaryKind.key({ opportunityId, organisationId }),
    }),
  );
  return result.Item ? withoutKeys<AssessmentSummary>(result.Item) : undefined;
};
