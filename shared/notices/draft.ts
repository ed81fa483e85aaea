import * as z from "zod";
import type { TextAt } from "./releases.ts";
import type { NoticeFact, NoticeKind } from "./notice.ts";

/** An OCDS release's sections as drafted; the id, date and tag are added when it is published. */
export type ReleaseSections = Record<string, unknown>;

/**
 * What the portal drafts for one notice: its facts (from the record, never edited), a first
 * description the commissioner may rewrite, and the OCDS release sections it publishes.
 */
export interface DraftedNotice {
  kind: NoticeKind;
  procurementId: string;
  procurementTitle: string;
  needAreaId?: string | undefined;
  regionIds: string[];
  facts: NoticeFact[];
  description: string;
  /** The release tag when first published, and when a correction republishes it. */
  tag: string;
  correctionTag: string;
  /** Which section of the release the description describes. */
  textAt: TextAt;
  release: ReleaseSections;
}

/** The buyer of every procurement: the organisation, never a commissioner as a person. */
export const buyer = { id: "hmpps", name: "HM Prison and Probation Service" };

/** Money as OCDS writes it. */
export const gbp = (pence: number) => ({ amount: Math.round(pence) / 100, currency: "GBP" });

/** Pence as a person reads it: £1,234.50. */
export const pounds = (pence: number) =>
  `£${(pence / 100).toLocaleString("en-GB", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

/** Contracts above this value list their key performance indicators in the contract details notice. */
export const kpiThresholdPence = 5_000_000_00;

/** A supplier as notices name it: the organisation only. */
export const supplierSchema = z.object({ id: z.string().max(64), name: z.string().max(200) });
