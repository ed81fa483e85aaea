import * as z from "zod";
import type { ContractChange } from "#shared/contracts/change.ts";
import type { Contract } from "#shared/contracts/contract.ts";
import { changeNeedsNotice } from "#shared/notices/change-threshold.ts";
import type { ContractNoticeRequest } from "./index.ts";

/**
 * Contract management's changes, as the stream hands them over, turned into the notice each one calls
 * for (pure: the handler reads the contract and stores the draft). Every function answers `undefined`
 * when the change calls for no notice, so redelivered or unrelated changes are ignored here.
 */
type Image = Record<string, unknown> | undefined;

/** A contract as notices name it: the procurement and the supplier organisation, never a person. */
const contractPart = (c: Contract) => ({
  opportunityId: c.opportunityId,
  procurementTitle: c.opportunityTitle,
  needAreaId: c.needAreaId,
  regionIds: c.regionIds,
  contractId: c.id,
  contractReference: c.reference,
  supplier: { id: c.organisationId, name: c.organisationName },
});

/** The contract's annual value: price × capacity over its tiers. */
export const annualValuePence = (c: Contract) =>
  c.interventions.reduce((sum, i) => sum + i.pricePerReferralPence * i.capacityPerYear, 0);

/** The contract a stream change is about, if it calls for a notice at all (so the handler reads it only then). */
export const contractIdOf = (change: { newImage?: Image; oldImage?: Image }): string | undefined => {
  const item = change.newImage;
  if (!item) return undefined;
  if (item.type === "contract")
    return terminated(change.newImage, change.oldImage) ? String(item.id) : undefined;
  if (item.type === "contract-change")
    return newlyAgreed(item, change.oldImage) ? String(item.contractId) : undefined;
  if (item.type === "contract-rating")
    return newlyConfirmed(item, change.oldImage) ? String(item.contractId) : undefined;
  return undefined;
};

const terminated = (item: Image, old: Image) => item?.status === "terminated" && old?.status !== "terminated";
// The notice facts appear once, when the change is agreed (applied at once or later): that is the moment.
const newlyAgreed = (item: Image, old: Image) =>
  (item?.status === "agreed" || item?.status === "applied") && Boolean(item?.notice) && !old?.notice;
const newlyConfirmed = (item: Image, old: Image) =>
  item?.status === "confirmed" && old?.status !== "confirmed";

/**
 * The source a notice was drafted from (its idempotency key): one notice per termination, per agreed
 * change and per confirmed rating of a period, however often the stream delivers the change.
 */
export const sourceOf = (item: Record<string, unknown>): string =>
  item.type === "contract"
    ? `TERMINATION#${String(item.id)}`
    : item.type === "contract-change"
      ? `CHANGE#${String(item.id)}`
      : `RATING#${String(item.contractId)}#${String(item.period)}`;

/** A termination notice from the contract as terminated. */
export const terminationRequest = (c: Contract, ocid: string): ContractNoticeRequest | undefined =>
  c.termination
    ? {
        kind: "contractTermination",
        ocid,
        facts: {
          ...contractPart(c),
          terminatedAt: `${c.termination.effectiveDate}T00:00:00.000Z`,
          // The reason's category only: the commissioner's own words may name people; the draft is theirs to edit.
          reason: `The contract ends early from ${c.termination.effectiveDate} (${terminationReasons[c.termination.reason]}).`,
        },
      }
    : undefined;

const terminationReasons = {
  expiry: "expiry",
  breach: "breach of contract",
  "provider-request": "at the supplier's request",
  "no-longer-needed": "no longer needed",
  other: "other reasons",
} as const;

/** Contract terms written by people in their own words: never copied into a public notice. */
const freeTextFields = new Set(["serviceDescription"]);

/**
 * A change notice from an agreed change, only above the threshold. `contract` is as read now: if the
 * change is already applied its value includes the change, so the value before is taken back out.
 */
export const changeRequest = (
  change: ContractChange,
  c: Contract,
  ocid: string,
  percent: number,
): ContractNoticeRequest | undefined => {
  const notice = change.notice;
  if (!notice) return undefined;
  const now = annualValuePence(c);
  const before = change.status === "applied" ? now - notice.annualValueDeltaPence : now;
  const endDate = notice.changes.find((f) => f.field === "endDate");
  const size = {
    valueBeforePence: before,
    valueDeltaPence: notice.annualValueDeltaPence,
    startDate: c.startDate,
    endDateBefore: endDate?.from ?? c.endDate,
    endDateAfter: endDate?.to ?? c.endDate,
  };
  if (!changeNeedsNotice(size, percent)) return undefined;
  // A free-text term (the service description) is the parties' own words, which may name a person: the
  // notice says it was revised, never what it said; the commissioner may describe it before publishing.
  const altered = notice.changes
    .map((f) => (freeTextFields.has(f.field) ? `${f.field} revised` : `${f.field} from ${f.from} to ${f.to}`))
    .join("; ");
  return {
    kind: "contractChange",
    ocid,
    facts: {
      ...contractPart(c),
      changeId: change.id,
      agreedAt: change.decision?.at ?? change.proposedAt,
      // Built from the altered facts, not the parties' free text (which may name people).
      summary:
        `Notice of Change ${change.number}, effective ${notice.effectiveDate}: ${altered || "terms restated"}.`.slice(
          0,
          2000,
        ),
      valueBeforePence: Math.max(before, 0),
      valueAfterPence: Math.max(before + notice.annualValueDeltaPence, 0),
    },
  };
};

/** The shape of a confirmed rating this context reads (contract management owns the item). */
export const confirmedRatingSchema = z.object({
  contractId: z.string().max(64),
  period: z.string().regex(/^\d{4}-Q[1-4]$/),
  rating: z
    .string()
    .transform((r) => r.trim().toLowerCase().replace(/\s+/g, "-"))
    .pipe(z.enum(["good", "approaching-target", "requires-improvement", "inadequate"])),
  status: z.literal("confirmed"),
  confirmedAt: z.iso.datetime(),
  measures: z
    .array(z.object({ measure: z.string().max(200).optional() }).loose())
    .max(50)
    .default([]),
});

/** The first and last day of a quarter such as 2026-Q3. */
export const quarterDates = (period: string) => {
  const year = Number(period.slice(0, 4));
  const q = Number(period.slice(6));
  const start = new Date(Date.UTC(year, (q - 1) * 3, 1));
  const end = new Date(Date.UTC(year, q * 3, 0));
  return { periodStart: start.toISOString().slice(0, 10), periodEnd: end.toISOString().slice(0, 10) };
};

/** A performance notice from a confirmed rating; undefined when the item is not of the agreed shape. */
export const performanceRequest = (
  item: Record<string, unknown>,
  c: Contract,
  ocid: string,
): ContractNoticeRequest | undefined => {
  const parsed = confirmedRatingSchema.safeParse(item);
  if (!parsed.success) return undefined;
  const r = parsed.data;
  const measures = r.measures.flatMap((m) => (m.measure ? [m.measure] : []));
  return {
    kind: "contractPerformance",
    ocid,
    facts: {
      ...contractPart(c),
      ratingId: `${c.id}-${r.period}`,
      indicator: (measures.length ? `Overall rating (${measures.join(", ")})` : "Overall rating").slice(
        0,
        200,
      ),
      rating: r.rating,
      ...quarterDates(r.period),
      confirmedAt: r.confirmedAt,
    },
  };
};
