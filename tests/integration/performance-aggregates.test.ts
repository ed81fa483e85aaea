import type { DynamoDBStreamEvent } from "aws-lambda";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { type Cells, contribution, splitCell } from "#shared/performance/contribution.ts";
import type { AggregateRow } from "#shared/performance/figures.ts";
import { findPdu } from "#shared/reference/index.ts";
import { type ReferralImage, referralLives, streamRecord } from "../support/referral-histories.ts";

// The consumer runs in this process against the shared stack's DynamoDB Local, as Lambda would run it.
let handler: (event: DynamoDBStreamEvent) => Promise<{ batchItemFailures: unknown[] }>;
let dashboardRows: typeof import("#functions/performance/repository.ts").dashboardRows;

beforeAll(async () => {
  Object.assign(process.env, {
    TABLE_NAME: inject("tableName"),
    DYNAMODB_ENDPOINT: inject("dynamoEndpoint"),
    AWS_REGION: "eu-west-2",
  });
  ({ handler } = await import("#functions/performance/aggregate-changes.ts"));
  ({ dashboardRows } = await import("#functions/performance/repository.ts"));
});

/** From scratch: every referral's latest image counted once, summed per region, contract and month. */
const recompute = (lives: ReferralImage[][]) => {
  const sums = new Map<string, Cells>();
  for (const life of lives) {
    const c = contribution(life.at(-1)!);
    if (!c) continue;
    for (const [key, n] of Object.entries(c.cells)) {
      const { month, name } = splitCell(key);
      const id = `${c.dimensions.regionId}|${c.dimensions.contractId}|${month}`;
      const cells = sums.get(id) ?? {};
      cells[name] = (cells[name] ?? 0) + n;
      sums.set(id, cells);
    }
  }
  return normalise(sums);
};

const normalise = (sums: Map<string, Cells>) =>
  Object.fromEntries(
    [...sums]
      .map(
        ([id, cells]) =>
          [
            id,
            Object.fromEntries(
              Object.entries(cells)
                .filter(([, n]) => n !== 0)
                .sort(),
            ),
          ] as const,
      )
      .filter(([, cells]) => Object.keys(cells).length > 0)
      .sort(([a], [b]) => a.localeCompare(b)),
  );

const stored = (rows: AggregateRow[]) =>
  normalise(new Map(rows.map((r) => [`${r.regionId}|${r.contractId}|${r.month}`, r.counters])));

const regionsOf = (lives: ReferralImage[][]) => [
  ...new Set(lives.map((life) => findPdu(life[0]!.pdu)!.region.id)),
];

let run = 0;

describe("dashboard aggregates", () => {
  it("equal a from-scratch recomputation, whatever the order, duplication and concurrency of delivery", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat().chain((seed) => {
          const runId = `prop-${Date.now().toString(36)}-${(run += 1)}-${seed % 1000}`;
          return fc.tuple(fc.constant(runId), referralLives(runId));
        }),
        fc.integer({ min: 1, max: 3 }),
        fc.infiniteStream(fc.nat()),
        async ([runId, lives], consumers, randomness) => {
          // Every change as a stream record, some delivered twice, then shuffled.
          const records = lives.flatMap((life) =>
            life.map((image, i) => streamRecord(image, life[i - 1], i)),
          );
          const rng = randomness[Symbol.iterator]();
          const draw = (n: number) => (rng.next().value as number) % n;
          const deliveries = [...records, ...records.filter(() => draw(3) === 0)];
          for (let i = deliveries.length - 1; i > 0; i -= 1) {
            const j = draw(i + 1);
            [deliveries[i], deliveries[j]] = [deliveries[j]!, deliveries[i]!];
          }
          // Several consumers at once, each taking small batches from the shared queue.
          const queue = [...deliveries];
          await Promise.all(
            Array.from({ length: consumers }, async () => {
              while (queue.length > 0) {
                const batch = queue.splice(0, 1 + draw(3));
                const result = await handler({ Records: batch });
                expect(result.batchItemFailures).toEqual([]);
              }
            }),
          );

          const expected = recompute(lives);
          const regionRows = (
            await Promise.all(
              regionsOf(lives).map((regionId) => dashboardRows({ regionId }, "2026-01", "2027-12")),
            )
          )
            .flat()
            .filter((r) => r.contractId.startsWith(runId));
          const organisationRows = await dashboardRows(
            { organisationId: `${runId}-org` },
            "2026-01",
            "2027-12",
          );
          expect(stored(regionRows)).toEqual(expected);
          expect(stored(organisationRows)).toEqual(expected);
        },
      ),
      { numRuns: 25 },
    );
  });
});
