import { type OfficerTab, officerTabOf, type TabFacts } from "#shared/referrals/officer-tabs.ts";
import { isOpen, type ReferralStatus } from "#shared/referrals/status.ts";
import { defineItem } from "../platform/data/define-item.ts";

const dayS = 24 * 60 * 60;

/** Drafts are deleted by DynamoDB TTL this long after they were started. */
export const draftLifetimeDays = 90;

/** Which of a provider's lists a referral is in: none while it is a draft. */
export type Phase = "open" | "completed" | "withdrawn";

/** The provider-side phase of a referral's status, or undefined for a draft. */
export const phaseOf = (status: ReferralStatus): Phase | undefined =>
  isOpen(status) ? "open" : status === "completed" || status === "withdrawn" ? status : undefined;

type Phased = { phase?: Phase | undefined };
const bySent = (r: { sentAt?: string | undefined; createdAt: string; id: string }) =>
  `${r.sentAt ?? r.createdAt}#${r.id}`;

const byChange = (r: { updatedAt: string; id: string }) => `${r.updatedAt}#${r.id}`;

/** The officers' dashboard partitions: one per officer and tab (gsi1), one per PDU and tab (gsi4). */
export const dashboardPartition = {
  officer: (userId: string, tab: OfficerTab) => `OFFICER#${userId}#TAB#${tab}`,
  pdu: (pdu: string, tab: OfficerTab) => `PDU#${pdu}#TAB#${tab}`,
};

/**
 * The referral, drafts included. gsi1: the officer's dashboard tab (newest change last); gsi4: the
 * PDU's dashboard tab, sent referrals only (drafts are their officer's alone); gsi2: the provider
 * organisation's inbox by phase (by date sent); gsi3: the assigned caseworker's cases by phase.
 * The tab (`officerTabOf`) is worked out here, from the status, caseworker and plans, on every write.
 * Unassigned and overdue are conditions on the provider's open phase. Drafts expire (TTL).
 */
export const referralKind = defineItem({
  type: "referral",
  pk: (r: { id: string }) => `REFERRAL#${r.id}`,
  sk: () => "DETAILS",
  gsi1: {
    pk: (r: { officer: { userId: string } } & TabFacts) =>
      dashboardPartition.officer(r.officer.userId, officerTabOf(r)),
    sk: byChange,
  },
  gsi4: {
    pk: (r: { pdu: string } & TabFacts) => dashboardPartition.pdu(r.pdu, officerTabOf(r)),
    sk: byChange,
    when: (r: { status: ReferralStatus }) => r.status !== "draft",
  },
  gsi2: {
    pk: (r: { organisationId: string } & Phased) => `ORG#${r.organisationId}#REFERRALS#${r.phase}`,
    sk: bySent,
    when: (r: Phased) => r.phase !== undefined,
  },
  gsi3: {
    pk: (r: { caseworker?: { userId: string } | undefined } & Phased) =>
      `CASEWORKER#${r.caseworker?.userId}#REFERRALS#${r.phase}`,
    sk: bySent,
    when: (r: { caseworker?: { userId: string } | undefined } & Phased) =>
      r.phase !== undefined && Boolean(r.caseworker),
  },
  ttl: (r: { status: ReferralStatus; createdAt: string }) =>
    r.status === "draft" ? Math.floor(Date.parse(r.createdAt) / 1000) + draftLifetimeDays * dayS : undefined,
});

/** A case note, in the referral's partition, oldest first. */
export const caseNoteKind = defineItem({
  type: "case-note",
  pk: (n: { referralId: string }) => referralKind.pk({ id: n.referralId }),
  sk: (n: { at: string; id: string }) => `NOTE#${n.at}#${n.id}`,
  skPrefix: "NOTE#",
});

/** Claims a human reference; the send's condition on it makes references unique. */
export const referenceClaimKind = defineItem({
  type: "referral-reference",
  pk: (c: { reference: string }) => `REFERENCE#${c.reference}`,
  sk: () => "REFERENCE",
});

/** What a search term's sort key starts with: a reference, a CRN or a normalised name. */
export const searchTermOf = {
  reference: (reference: string) => `REF#${reference}`,
  crn: (crn: string) => `CRN#${crn}`,
  name: (normalisedName: string) => `NAME#${normalisedName}`,
};

/**
 * One search term of a referral in an organisation's or a PDU's search partition, so a search is a
 * Query with begins_with on the sort key.
 */
export const searchTermKind = defineItem({
  type: "referral-search",
  pk: (t: { organisationId: string } | { pdu: string }) =>
    "organisationId" in t ? `SEARCH#ORG#${t.organisationId}` : `SEARCH#PDU#${t.pdu}`,
  sk: (t: { term: string; referralId: string }) => `${t.term}#${t.referralId}`,
});

/** A person a provider may assign referrals to. */
export const caseworkerKind = defineItem({
  type: "caseworker",
  pk: (c: { organisationId: string }) => `CASEWORKERS#${c.organisationId}`,
  sk: (c: { userId: string }) => `USER#${c.userId}`,
});

/** One change an amendment made (field, from → to, who, when, why), in the referral's partition, oldest first. */
export const changeKind = defineItem({
  type: "referral-change",
  pk: (c: { referralId: string }) => referralKind.pk({ id: c.referralId }),
  sk: (c: { at: string; id: string }) => `CHANGE#${c.at}#${c.id}`,
  skPrefix: "CHANGE#",
});

/** A person's restriction (item 5), by CRN: copied onto each of their referrals, and onto each one sent later. */
export const restrictionKind = defineItem({
  type: "referral-restriction",
  pk: (r: { crn: string }) => `RESTRICTION#${r.crn}`,
  sk: () => "RESTRICTION",
});

/** Links a person (by CRN) to each referral sent for them, so a restriction finds them with one Query. */
export const personReferralKind = defineItem({
  type: "person-referral",
  pk: (l: { crn: string }) => `PERSON#${l.crn}`,
  sk: (l: { referralId: string }) => `REFERRAL#${l.referralId}`,
  skPrefix: "REFERRAL#",
});
