import type { DynamoDBStreamEvent } from "aws-lambda";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { contractTermsKind } from "#functions/contracts/management-items.ts";
import { chargeLineOf, monthFromCounters, monthsFromLines } from "#shared/contracts/charges.ts";
import { currentTerms } from "#shared/contracts/terms.ts";
import { api, tokenFor } from "../support/api.ts";
import { type ReferralImage, referralLives, streamRecord } from "../support/referral-histories.ts";
import { liveContract, putItems } from "../support/referrals.ts";

// The consumer runs in this process against the shared stack's DynamoDB Local, as Lambda would run it.
let handler: (event: DynamoDBStreamEvent) => Promise<{ batchItemFailures: unknown[] }>;
let listChargeMonths: typeof import("#functions/contracts/review-repository.ts").listChargeMonths;
let listTerms: typeof import("#functions/contracts/management-repository.ts").listTerms;

beforeAll(async () => {
  Object.assign(process.env, {
    TABLE_NAME: inject("tableName"),
    DYNAMODB_ENDPOINT: inject("dynamoEndpoint"),
    AWS_REGION: "eu-west-2",
  });
  ({ handler } = await import("#functions/contracts/charges-stream.ts"));
  ({ listChargeMonths } = await import("#functions/contracts/review-repository.ts"));
  ({ listTerms } = await import("#functions/contracts/management-repository.ts"));
});

type Contract = Awaited<ReturnType<typeof liveContract>>;

/**
 * Two Bridge Housing contracts of two tiers; the first has its price raised from 1 June 2026 by a
 * second version of its terms, so referrals sent before keep the old price.
 */
const twoContracts = async (): Promise<Contract[]> => {
  const tiers = [
    { tierId: "low" as const, pricePerReferralPence: 40_000 },
    { tierId: "medium" as const, pricePerReferralPence: 90_000 },
  ];
  const a = await liveContract({ startDate: "2026-01-01", tiers });
  const b = await liveContract({ startDate: "2026-01-01", tiers });
  const v1 = { ...currentTerms(a), effectiveFrom: "2026-01-01" };
  const v2 = {
    ...v1,
    version: 2,
    effectiveFrom: "2026-06-01",
    tiers: v1.tiers.map((t) => ({ ...t, pricePerReferralPence: t.pricePerReferralPence + 5_000 })),
  };
  await putItems([v1, v2].map((t) => contractTermsKind.item(t, t)));
  return [a, b];
};

/** The generated lives, moved onto the two contracts and given a tier of each. */
const onto = (lives: ReferralImage[][], contracts: Contract[]) =>
  lives.map((life, n) =>
    life.map((image) => {
      const c = contracts[image.contractId.endsWith("-1") ? 1 : 0]!;
      const intervention = c.interventions[n % 2]!;
      return {
        ...image,
        contractId: c.id,
        organisationId: c.organisationId,
        interventionId: intervention.id,
        tierId: intervention.tierId,
      };
    }),
  );

let run = 0;

describe("the charges statement", () => {
  it("equals a recomputation from the referrals' histories, whatever the order, duplication and concurrency of delivery", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc
          .nat()
          .chain((seed) => referralLives(`charges-${Date.now().toString(36)}-${(run += 1)}-${seed % 1000}`)),
        fc.integer({ min: 1, max: 3 }),
        fc.infiniteStream(fc.nat()),
        async (generated, consumers, randomness) => {
          const contracts = await twoContracts();
          const lives = onto(generated, contracts);
          const records = lives.flatMap((life) =>
            life.map((image, i) => streamRecord(image as ReferralImage, life[i - 1] as ReferralImage, i)),
          );
          const rng = randomness[Symbol.iterator]();
          const draw = (n: number) => (rng.next().value as number) % n;
          const deliveries = [...records, ...records.filter(() => draw(3) === 0)];
          for (let i = deliveries.length - 1; i > 0; i -= 1) {
            const j = draw(i + 1);
            [deliveries[i], deliveries[j]] = [deliveries[j]!, deliveries[i]!];
          }
          const queue = [...deliveries];
          await Promise.all(
            Array.from({ length: consumers }, async () => {
              while (queue.length > 0) {
                const result = await handler({ Records: queue.splice(0, 1 + draw(3)) });
                expect(result.batchItemFailures).toEqual([]);
              }
            }),
          );
          for (const c of contracts) {
            const versions = await listTerms(c);
            const expected = monthsFromLines(
              lives
                .map((life) => life.at(-1)!)
                .filter((r) => r.contractId === c.id)
                .flatMap((r) => chargeLineOf(r, versions) ?? []),
            );
            const kept = (await listChargeMonths(c.id))
              .map((m) => monthFromCounters(m.month, m.counters))
              .sort((x, y) => y.month.localeCompare(x.month));
            expect(kept).toEqual(expected);
          }
        },
      ),
      { numRuns: 10 },
    );
  }, 240_000);

  it("shows the provider and the commissioner the same figures, as CSV too, and nobody else", async () => {
    const [contract] = await twoContracts();
    const c = contract!;
    const image = (n: number, sentAt: string, completedAt: string) => ({
      id: `${c.id}-r${n}`,
      reference: `REF-${n}`,
      type: "referral",
      version: 3,
      status: "in-progress",
      contractId: c.id,
      organisationId: c.organisationId,
      interventionId: c.interventions[n % 2]!.id,
      tierId: c.interventions[n % 2]!.tierId,
      needAreaId: "accommodation",
      pdu: "croydon",
      sentAt,
      sessions: [],
      assessment: { changes: [], completedAt },
    });
    // Sent in May (old price) and in June (new price); both started in June; one not yet started.
    const started = [
      image(0, "2026-05-20T09:00:00.000Z", "2026-06-03T10:00:00.000Z"),
      image(1, "2026-06-02T09:00:00.000Z", "2026-06-10T10:00:00.000Z"),
    ];
    const waiting = { ...image(2, "2026-06-02T09:00:00.000Z", ""), assessment: { changes: [] } };
    const records = [...started, waiting].map((r, i) =>
      streamRecord(r as unknown as ReferralImage, undefined, i),
    );
    expect((await handler({ Records: [...records, ...records] })).batchItemFailures).toEqual([]);

    const path = `/api/contracts/${c.id}/charges`;
    const priya = await api("GET", path, { token: await tokenFor("user-provider-bridge") });
    const helen = await api("GET", path, { token: await tokenFor("user-commissioner-london") });
    expect(priya.status).toBe(200);
    expect(helen.body).toEqual(priya.body);
    expect(priya.body.months).toEqual([
      {
        month: "2026-06",
        started: 2,
        amountPence: 40_000 + 95_000,
        tiers: [
          { tierId: "low", started: 1, amountPence: 40_000 },
          { tierId: "medium", started: 1, amountPence: 95_000 },
        ],
      },
    ]);
    expect(priya.body.totalPence).toBe(135_000);

    const csv = await api("GET", `${path}/2026-06/export`, { token: await tokenFor("user-provider-bridge") });
    expect(csv.status).toBe(200);
    const lines = String(csv.body).trim().split("\r\n");
    expect(lines).toHaveLength(4);
    expect(lines[1]).toContain("REF-0,low,2026-05-20,2026-06-03,1,400.00");
    expect(lines[2]).toContain("REF-1,medium,2026-06-02,2026-06-10,2,950.00");
    expect(lines[3]).toContain("1350.00");

    for (const user of ["user-provider-pathways", "user-commissioner-wales"]) {
      const token = await tokenFor(user);
      expect((await api("GET", path, { token })).status).toBe(404);
      expect((await api("GET", `${path}/2026-06/export`, { token })).status).toBe(404);
    }
    const bad = await api("GET", `${path}/June/export`, { token: await tokenFor("user-provider-bridge") });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { path: string }) => e.path)).toEqual(["params.month"]);
  });
});
