import { defineItem } from "../platform/data/define-item.ts";

/**
 * A framework application. gsi1 lists applications by status (the administrator's queue), gsi2 an
 * organisation's own, both by submission time.
 */
export const applicationKind = defineItem({
  type: "framework-application",
  pk: (a: { id: string }) => `APP#${a.id}`,
  sk: () => "APPLICATION",
  gsi1: {
    pk: (a: { status: string }) => `APPLICATIONS#${a.status}`,
    sk: (a: { submittedAt: string; id: string }) => `${a.submittedAt}#${a.id}`,
  },
  gsi2: {
    pk: (a: { organisationId: string }) => `ORG#${a.organisationId}#APPLICATIONS`,
    sk: (a: { submittedAt: string; id: string }) => `${a.submittedAt}#${a.id}`,
  },
});

/**
 * A change of a supplier's membership (suspend, remove, reinstate), written with it: the organisation's
 * profile has no item type, so this is what the stream job that flags its live contracts reacts to.
 */
export const membershipChangeKind = defineItem({
  type: "framework-membership-change",
  pk: (c: { organisationId: string }) => `ORG#${c.organisationId}`,
  sk: (c: { at: string }) => `MEMBERSHIP#${c.at}`,
});

/**
 * A supplier's current framework document of one kind (a replacement overwrites it). gsi1 files every
 * supplier's documents by expiry date, so what has lapsed and what is due a reminder is one Query.
 */
export const frameworkDocumentKind = defineItem({
  type: "framework-document",
  pk: (d: { organisationId: string }) => `ORG#${d.organisationId}`,
  sk: (d: { kind: string }) => `FRAMEWORK-DOCUMENT#${d.kind}`,
  gsi1: {
    pk: () => "FRAMEWORK-DOCUMENTS#BY-EXPIRY",
    sk: (d: { expiresOn: string; organisationId: string; kind: string }) =>
      `${d.expiresOn}#${d.organisationId}#${d.kind}`,
  },
});

/**
 * The dynamic market's announced end (one item for the market): written on condition it does not exist,
 * so it is announced once; withdrawn (deleted) only before its date.
 */
export const cessationKind = defineItem({
  type: "framework-cessation",
  pk: () => "FRAMEWORK#MARKET",
  sk: () => "CESSATION",
});
