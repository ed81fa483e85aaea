import { defineItem } from "../platform/data/define-item.ts";
import { contractKind } from "./items.ts";

/**
 * Items of contract management (issue 18), all in the contract's partition so one Query reads a
 * contract's register, issues or terms history:
 *
 * - CONTRACT#id / TERMS#<effectiveFrom>#<version> — every version of the terms, never changed once written.
 * - CONTRACT#id / CHANGE#<changeId> — a Notice of Change with its responses and decision.
 * - CONTRACT#id / ISSUE#<issueId> — an issue report; while open, gsi1 lists it on the provider's home
 *   (`ORG#<org>#OPEN-ISSUES`) and gsi2 on its first region's (`REGION#<region>#OPEN-ISSUES`).
 * - CONTRACT#id / COUNTERS — the next NoC and issue numbers.
 * - CONTRACT-CHANGES#DUE / <effectiveDate>#<changeId> — an agreed change waiting for its date; the
 *   daily job reads the partition up to today, applies each and deletes its entry.
 */
const pad = (n: number) => String(n).padStart(4, "0");

/** One version of a contract's terms. */
export const contractTermsKind = defineItem({
  type: "contract-terms",
  pk: (t: { contractId: string }) => contractKind.pk({ id: t.contractId }),
  sk: (t: { effectiveFrom: string; version: number }) => `TERMS#${t.effectiveFrom}#${pad(t.version)}`,
  skPrefix: "TERMS#",
});

/** A Notice of Change. */
export const contractChangeKind = defineItem({
  type: "contract-change",
  pk: (c: { contractId: string }) => contractKind.pk({ id: c.contractId }),
  sk: (c: { id: string }) => `CHANGE#${c.id}`,
  skPrefix: "CHANGE#",
});

/** An agreed change whose effective date is still to come. */
export const changeDueKind = defineItem({
  type: "contract-change-due",
  pk: () => "CONTRACT-CHANGES#DUE",
  sk: (d: { effectiveDate: string; changeId: string }) => `${d.effectiveDate}#${d.changeId}`,
});

/** An issue report. */
export const contractIssueKind = defineItem({
  type: "contract-issue",
  pk: (i: { contractId: string }) => contractKind.pk({ id: i.contractId }),
  sk: (i: { id: string }) => `ISSUE#${i.id}`,
  skPrefix: "ISSUE#",
  gsi1: {
    pk: (i: { organisationId: string }) => `ORG#${i.organisationId}#OPEN-ISSUES`,
    sk: (i: { raisedAt: string; id: string }) => `${i.raisedAt}#${i.id}`,
    when: (i: { status: string }) => i.status !== "resolved",
  },
  gsi2: {
    pk: (i: { regionId: string }) => `REGION#${i.regionId}#OPEN-ISSUES`,
    sk: (i: { raisedAt: string; id: string }) => `${i.raisedAt}#${i.id}`,
    when: (i: { status: string }) => i.status !== "resolved",
  },
});

/** The contract's numbering of its notices and issues. */
export const contractCountersKind = defineItem({
  type: "contract-counters",
  pk: (c: { contractId: string }) => contractKind.pk({ id: c.contractId }),
  sk: () => "COUNTERS",
});
