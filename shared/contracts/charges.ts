import * as z from "zod";
import { csvCell } from "../evaluation/csv.ts";
import { tierIdSchema } from "../reference/schema.ts";
import { londonDate } from "../time/index.ts";
import { type ContractTerms, termsAsAt } from "./terms.ts";

/**
 * The charges statement (issue 18 item 6): for each contract and month, the referrals that started
 * (initial assessment attended) × the price of their tier in the terms they were sent under (ADR
 * "ratings, improvement plans and charges"). What is owed, never a payment.
 */

/** The parts of a referral a charge is worked out from; no personal data. */
export interface ChargedReferral {
  id: string;
  reference?: string | undefined;
  contractId: string;
  interventionId: string;
  tierId: string;
  sentAt?: string | undefined;
  assessment?: { completedAt?: string | undefined } | undefined;
}

/** One started referral on the statement. */
export const chargeLineSchema = z.object({
  contractId: z.string(),
  referralId: z.string(),
  reference: z.string().optional(),
  tierId: tierIdSchema,
  sentOn: z.iso.date(),
  startedOn: z.iso.date(),
  month: z.string(),
  termsVersion: z.number().int(),
  pricePence: z.number().int(),
});
export type ChargeLine = z.infer<typeof chargeLineSchema>;

/** The line a referral adds once it has started; nothing before. */
export function chargeLineOf(r: ChargedReferral, versions: readonly ContractTerms[]): ChargeLine | undefined {
  const startedAt = r.assessment?.completedAt;
  if (!startedAt || !r.sentAt) return undefined;
  const sentOn = londonDate(new Date(r.sentAt));
  const startedOn = londonDate(new Date(startedAt));
  // Sent before the first version's date (never expected): the awarded terms apply.
  const terms = termsAsAt([...versions], sentOn) ?? [...versions].sort((a, b) => a.version - b.version)[0];
  const tier =
    terms?.tiers.find((t) => t.interventionId === r.interventionId) ??
    terms?.tiers.find((t) => t.tierId === r.tierId);
  return {
    contractId: r.contractId,
    referralId: r.id,
    ...(r.reference ? { reference: r.reference } : {}),
    tierId: r.tierId as ChargeLine["tierId"],
    sentOn,
    startedOn,
    month: startedOn.slice(0, 7),
    termsVersion: terms?.version ?? 1,
    pricePence: tier?.pricePerReferralPence ?? 0,
  };
}

/** One month of a contract's statement. */
export const chargesMonthSchema = z.object({
  month: z.string(),
  started: z.number().int(),
  amountPence: z.number().int(),
  tiers: z.array(z.object({ tierId: z.string(), started: z.number().int(), amountPence: z.number().int() })),
});
export type ChargesMonth = z.infer<typeof chargesMonthSchema>;

/** A contract's statement, newest month first. */
export const chargesStatementSchema = z.object({
  contractId: z.string(),
  contractReference: z.string(),
  months: z.array(chargesMonthSchema),
  totalPence: z.number().int(),
});
export type ChargesStatement = z.infer<typeof chargesStatementSchema>;

/** Counter names of a stored month: totals and per tier (letters, digits and hyphens only). */
export const chargeCounters = (line: Pick<ChargeLine, "tierId" | "pricePence">): Record<string, number> => ({
  started: 1,
  amount: line.pricePence,
  [`${line.tierId}-started`]: 1,
  [`${line.tierId}-amount`]: line.pricePence,
});

/** A stored month's counters as the statement shows them. */
export const monthFromCounters = (month: string, counters: Record<string, number>): ChargesMonth => {
  const tierIds = Object.keys(counters)
    .filter((k) => k.endsWith("-started"))
    .map((k) => k.slice(0, -"-started".length))
    .sort();
  return {
    month,
    started: counters.started ?? 0,
    amountPence: counters.amount ?? 0,
    tiers: tierIds.map((tierId) => ({
      tierId,
      started: counters[`${tierId}-started`] ?? 0,
      amountPence: counters[`${tierId}-amount`] ?? 0,
    })),
  };
};

/** The statement's months recomputed from lines (what the stored counters must always equal). */
export const monthsFromLines = (lines: readonly ChargeLine[]): ChargesMonth[] => {
  const byMonth = new Map<string, Record<string, number>>();
  for (const line of lines) {
    const counters = byMonth.get(line.month) ?? {};
    for (const [k, n] of Object.entries(chargeCounters(line))) counters[k] = (counters[k] ?? 0) + n;
    byMonth.set(line.month, counters);
  }
  return [...byMonth]
    .map(([month, counters]) => monthFromCounters(month, counters))
    .sort((a, b) => b.month.localeCompare(a.month));
};

const pounds = (pence: number) => (pence / 100).toFixed(2);

/** One month's statement as CSV: a line per started referral, then the total. */
export const chargesCsv = (
  contractReference: string,
  month: string,
  lines: readonly ChargeLine[],
): string => {
  const rows: (string | number)[][] = [
    ["Contract", "Month", "Referral", "Tier", "Sent on", "Started on", "Terms version", "Price (£)"],
    ...[...lines]
      .sort((a, b) => a.startedOn.localeCompare(b.startedOn) || a.referralId.localeCompare(b.referralId))
      .map((l) => [
        contractReference,
        month,
        l.reference ?? l.referralId,
        l.tierId,
        l.sentOn,
        l.startedOn,
        l.termsVersion,
        pounds(l.pricePence),
      ]),
    [
      "Total",
      month,
      `${lines.length} started`,
      "",
      "",
      "",
      "",
      pounds(lines.reduce((n, l) => n + l.pricePence, 0)),
    ],
  ];
  return `${rows.map((r) => r.map(csvCell).join(",")).join("\r\n")}\r\n`;
};
