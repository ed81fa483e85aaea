import { PutCommand } from "@aws-sdk/lib-dynamodb";
import type { FrameworkDocument } from "#shared/framework/documents.ts";
import { londonDate } from "#shared/time/index.ts";
import { now } from "../platform/clock.ts";
import { db, tableName } from "../platform/data/dynamo.ts";
import { withoutKeys } from "../platform/data/item.ts";
import { queryPage } from "../platform/data/query-page.ts";
import { frameworkDocumentKind } from "./items.ts";

const strip = (item: Record<string, unknown>): FrameworkDocument => {
  const document = withoutKeys<FrameworkDocument>(item);
  return { ...document, lapsed: document.expiresOn < londonDate(now()) };
};

/** Stores a supplier's document of one kind, replacing the one it had (the latest upload is current). */
export const putFrameworkDocument = async (document: FrameworkDocument): Promise<FrameworkDocument> => {
  await db().send(
    new PutCommand({ TableName: tableName(), Item: frameworkDocumentKind.item(document, document) }),
  );
  return strip(document);
};

/** A supplier's current framework documents (one Query on its partition). */
export const listOwnDocuments = async (organisationId: string): Promise<FrameworkDocument[]> => {
  const page = await queryPage<Record<string, unknown>>({
    partition: frameworkDocumentKind.pk({ organisationId }),
    sortCondition: "begins_with(#sk, :d)",
    values: { ":d": "FRAMEWORK-DOCUMENT#" },
    limit: 20,
  });
  return page.items.map(strip);
};

/**
 * Every supplier's documents expiring in a date range, soonest first: one Query on the expiry index.
 * `before` is exclusive, so lapsed documents are those from the start of time to before today.
 */
export const documentsExpiring = async (
  range: { from?: string; before: string },
  limit: number,
  cursor?: string,
) => {
  const page = await queryPage<Record<string, unknown>>({
    index: "gsi1",
    partition: frameworkDocumentKind.gsi1.pk(),
    sortCondition: "#sk BETWEEN :from AND :before",
    values: { ":from": range.from ?? "0000", ":before": range.before },
    limit,
    cursor,
  });
  return { ...page, items: page.items.map(strip) };
};
