import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type ChargedReferral,
  chargeCounters,
  chargeLineOf,
  chargesCsv,
  monthFromCounters,
  monthsFromLines,
} from "./charges.ts";
import type { ContractTerms } from "./terms.ts";

const terms = (version: number, effectiveFrom: string, low: number, medium: number): ContractTerms => ({
  contractId: "c1",
  version,
  effectiveFrom,
  tiers: [
    { interventionId: "i-low", tierId: "low", pricePerReferralPence: low, capacityPerYear: 10 },
    { interventionId: "i-medium", tierId: "medium", pricePerReferralPence: medium, capacityPerYear: 10 },
  ],
  pduIds: ["camden-and-islington"],
  endDate: "2028-12-31",
  recordedAt: "2026-01-01T00:00:00.000Z",
});
const versions = [terms(1, "2026-01-01", 40_000, 90_000), terms(2, "2026-06-01", 45_000, 95_000)];

const referral = (over: Partial<ChargedReferral> = {}): ChargedReferral => ({
  id: "r1",
  contractId: "c1",
  interventionId: "i-low",
  tierId: "low",
  sentAt: "2026-05-20T09:00:00.000Z",
  ...over,
});

describe("a referral's charge", () => {
  it("is nothing until the initial assessment is attended", () => {
    expect(chargeLineOf(referral(), versions)).toBeUndefined();
    expect(chargeLineOf(referral({ assessment: {} }), versions)).toBeUndefined();
  });

  it("is its tier's price in the terms it was sent under, in the month it started", () => {
    const line = chargeLineOf(
      referral({ assessment: { completedAt: "2026-06-30T23:30:00.000Z" } }),
      versions,
    );
    // Sent in May under version 1; started on 1 July in London (BST), after version 2 took effect.
    expect(line).toMatchObject({
      month: "2026-07",
      startedOn: "2026-07-01",
      termsVersion: 1,
      pricePence: 40_000,
    });
    const later = chargeLineOf(
      referral({
        sentAt: "2026-06-02T09:00:00.000Z",
        assessment: { completedAt: "2026-06-10T10:00:00.000Z" },
      }),
      versions,
    );
    expect(later).toMatchObject({ month: "2026-06", termsVersion: 2, pricePence: 45_000 });
  });

  it("writes a CSV a spreadsheet reads, with the total", () => {
    const line = chargeLineOf(
      referral({ assessment: { completedAt: "2026-06-10T10:00:00.000Z" } }),
      versions,
    )!;
    const csv = chargesCsv("DFP-1", "2026-06", [line]);
    expect(csv.split("\r\n")[1]).toBe("DFP-1,2026-06,r1,low,2026-05-20,2026-06-10,1,400.00");
    expect(csv).toContain("Total,2026-06,1 started,,,,,400.00");
  });
});

const day = 86_400_000;
const historyArb = fc.record({
  id: fc.uuid(),
  tierId: fc.constantFrom("low", "medium"),
  sentDay: fc.integer({ min: 0, max: 300 }),
  startAfterDays: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
  laterVersions: fc.integer({ min: 0, max: 3 }),
});

/** A referral's versions as the stream delivers them: sent, perhaps started, then later edits. */
type History = typeof historyArb extends fc.Arbitrary<infer T> ? T : never;
const versionsOf = (h: History): ChargedReferral[] => {
  const sentAt = new Date(Date.parse("2026-01-01T10:00:00Z") + h.sentDay * day).toISOString();
  const base = referral({ id: h.id, tierId: h.tierId, interventionId: `i-${h.tierId}`, sentAt });
  const out: ChargedReferral[] = [base];
  if (h.startAfterDays !== undefined) {
    const started = {
      ...base,
      assessment: { completedAt: new Date(Date.parse(sentAt) + h.startAfterDays * day).toISOString() },
    };
    for (let i = 0; i <= h.laterVersions; i += 1) out.push(started);
  }
  return out;
};

describe("the statement kept from the stream", () => {
  it("equals a recomputation from the referrals' histories, however often changes are redelivered", () => {
    fc.assert(
      fc.property(
        fc.array(historyArb, { maxLength: 25 }),
        fc.array(fc.nat(), { maxLength: 40 }),
        (histories, redeliveries) => {
          // The stream: each referral's versions in order, interleaved, some delivered again.
          const changes = histories.flatMap(versionsOf);
          for (const i of redeliveries)
            if (changes.length) changes.splice(i % changes.length, 0, changes[i % changes.length]!);
          // The consumer: a marker per referral, then ADDs to its month (what the stream handler writes).
          const counted = new Set<string>();
          const months = new Map<string, Record<string, number>>();
          for (const change of changes) {
            const line = chargeLineOf(change, versions);
            if (!line || counted.has(line.referralId)) continue;
            counted.add(line.referralId);
            const m = months.get(line.month) ?? {};
            for (const [k, n] of Object.entries(chargeCounters(line))) m[k] = (m[k] ?? 0) + n;
            months.set(line.month, m);
          }
          const kept = [...months]
            .map(([month, c]) => monthFromCounters(month, c))
            .sort((a, b) => b.month.localeCompare(a.month));
          const finals = histories.map((h) => versionsOf(h).at(-1)!);
          const recomputed = monthsFromLines(finals.flatMap((r) => chargeLineOf(r, versions) ?? []));
          expect(kept).toEqual(recomputed);
        },
      ),
    );
  });
});
