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

/**
 * Adds filler items until the table holds at least `target` more than `already` (each opportunity is
 * two items: details and its region listing), 25 to a batch with a few batches in flight.
 */
export const loadFiller = async (db: DynamoDBDocumentClient, tableName: string, items: number, from = 0) => {
  const now = new Date();
  const batches: Record<string, unknown>[][] = [];
  const pending: Record<string, unknown>[] = [];
  for (let i = from; pending.length + batches.length * 25 < items; i += 1) {
    pending.push(...opportunityItems(fillerOpportunity(i, now)));
    while (pending.length >= 25) batches.push(pending.splice(0, 25));
  }
  if (pending.length) batches.push(pending);
  const inFlight = 8;
  for (let i = 0; i < batches.length; i += inFlight) {
    if (i > 0 && i % 800 === 0) process.stdout.write(`  ${(i * 25).toLocaleString()} items…\r`);
    await Promise.all(
      batches.slice(i, i + inFlight).map(async (batch) => {
        let requests = batch.map((Item) => ({ PutRequest: { Item } }));
        while (requests.length) {
          const result = await db.send(new BatchWriteCommand({ RequestItems: { [tableName]: requests } }));
          requests = (result.UnprocessedItems?.[tableName] ?? []) as typeof requests;
        }
      }),
    );
  }
  return batches.reduce((n, b) => n + b.length, 0);
};
