import { defineItem } from "../platform/data/define-item.ts";

/**
 * A notice is one item under its own id (one GetItem for its page); gsi1 lists a procurement's
 * notices in the order they were drafted. Publishing also writes register entries (below), one per
 * facet of the register, so every public list is a Query on one partition — never a Scan.
 */
export const noticeKind = defineItem({
  type: "notice",
  pk: (n: { id: string }) => `NOTICE#${n.id}`,
  sk: () => "NOTICE",
  gsi1: {
    pk: (n: { procurementId: string }) => `PROCUREMENT#${n.procurementId}#NOTICES`,
    sk: (n: { createdAt: string; id: string }) => `${n.createdAt}#${n.id}`,
  },
});

/** The facets a published notice is listed under: all, its kind, its need area and each region. */
export const registerFacets = (n: { kind: string; needAreaId?: string | undefined; regionIds: string[] }) => [
  "ALL",
  `KIND#${n.kind}`,
  ...(n.needAreaId ? [`AREA#${n.needAreaId}`] : []),
  ...n.regionIds.map((r) => `REGION#${r}`),
];

/**
 * One line of the public register under one facet, in publication order. The "ALL" entry also carries
 * the OCDS release (as a JSON string), so the harvest feed is one Query on one partition.
 */
export const registerEntryKind = defineItem({
  type: "register-entry",
  pk: (e: { facet: string }) => `REGISTER#${e.facet}`,
  sk: (e: { publishedAt: string; id: string }) => `${e.publishedAt}#${e.id}`,
});

/** The assessment summary (s.50) sent to one bidder: a snapshot, written once. */
export const assessmentSummaryKind = defineItem({
  type: "assessment-summary",
  pk: (s: { opportunityId: string }) => `PROCUREMENT#${s.opportunityId}#SUMMARIES`,
  sk: (s: { organisationId: string }) => `SUMMARY#${s.organisationId}`,
});

/**
 * Marks a contract management event (a termination, an agreed change, a confirmed rating) as drafted:
 * written in the same transaction as the draft, on condition it is new, so a redelivered stream change
 * drafts nothing twice.
 */
export const noticeSourceKind = defineItem({
  type: "notice-source",
  pk: (s: { source: string }) => `NOTICE-SOURCE#${s.source}`,
  sk: () => "SOURCE",
});
