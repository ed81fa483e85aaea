import { BatchWriteCommand, type DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { ulid } from "ulid";
import { opportunityItems, type StoredOpportunity } from "#functions/opportunities/repository.ts";
import { referenceData } from "#shared/reference/index.ts";

const regions = referenceData.regions;

/** A published opportunity in some region: filler that looks like real data to the indexes. */
const fillerOpportunity = (i: number, now: Date): StoredOpportunity => {
  const region = regions[i % regions.length]!;
  return {
    id: ulid(),
    title: `Benchmark competition ${i}`,
    description: "Filler data so the table holds as many items as the benchmark asks for.",
    needAreaId: referenceData.needAreas[i % referenceData.needAreas.length]!.id,
    regionIds: [region.id],
    pduIds: [region.pdus[0]!.id],
    tiers: ["low"],
    contractStart: "2027-04-01",
    contractEnd: "2029-03-31",
    expectedReferralsPerYear: 100,
    budgetCeilingPence: 10_000_000,
    qualityQuestions: [{ id: "q1", text: "How will you help?", weight: 60, wordLimit: 500 }],
    socialValueWeight: 10,
    priceWeight: 30,
    clarificationDeadline: new Date(now.getTime() + (10 + (i % 50)) * 86_400_000).toISOString(),
    submissionDeadline: new Date(now.getTime() + (20 + (i % 50)) * 86_400_000).toISOString(),
    state: "published",
    createdBy: "user-commissioner-london",
    createdAt: now.toISOString(),
    publishedAt: now.toISOString(),
    submittedBidCount: 0,
    version: 2,
  };
};

/** Writes items 25 to a batch, eight batches in flight, retrying what DynamoDB leaves unprocessed. */
export const writeItems = async (
  db: DynamoDBDocumentClient,
  tableName: string,
  items: Record<string, unknown>[],
) => {
  const inFlight = 8;
  for (let i = 0; i < items.length; i += 25 * inFlight) {
    if (i > 0 && i % 20_000 === 0) process.stdout.write(`  ${i.toLocaleString()} items…\r`);
    await Promise.all(
      Array.from({ length: inFlight }, (_, b) => items.slice(i + b * 25, i + (b + 1) * 25))
        .filter((batch) => batch.length)
        .map(async (batch) => {
          let requests = batch.map((Item) => ({ PutRequest: { Item } }));
          while (requests.length) {
            const result = await db.send(new BatchWriteCommand({ RequestItems: { [tableName]: requests } }));
            requests = (result.UnprocessedItems?.[tableName] ?? []) as typeof requests;
          }
        }),
    );
  }
  return items.length;
};

/** Adds `items` filler items (two per opportunity: details and its region listing). */
export const loadFiller = async (db: DynamoDBDocumentClient, tableName: string, items: number, from = 0) => {
  const now = new Date();
  const all: Record<string, unknown>[] = [];
  for (let i = from; all.length < items; i += 1) all.push(...opportunityItems(fillerOpportunity(i, now)));
  return writeItems(db, tableName, all);
};
