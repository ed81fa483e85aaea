import type { Contract, Intervention } from "#shared/contracts/contract.ts";
import { defineItem } from "../platform/data/define-item.ts";

/**
 * The keys of contracts and their live interventions. Contract creation (evaluation/award) and the
 * demo seed both write through `contractItems`, so the catalogue and referrals read one shape.
 *
 * - CONTRACT#id / DETAILS — the contract; gsi1 lists an organisation's contracts, gsi2 an opportunity's,
 *   gsi3 (while live) every live contract by end date, for the expiry job.
 * - CONTRACT#id / REGION#region — a listing entry per region it covers (as ADR 0004 does for
 *   opportunities); gsi1 `REGION#<region>#CONTRACTS`, sorted by start date, is a commissioner's list.
 * - INTERVENTION#id / DETAILS — one awarded tier offer; gsi1 lists a contract's interventions.
 * - INTERVENTION#id / PDU#pdu — one catalogue entry per PDU covered; gsi1 is the catalogue partition
 *   `CATALOGUE#PDU#<pdu>#<needArea>` sorted by tier (lowest first) then provider, so a search is a single Query.
 * - INTERVENTION#id / REGION#region — the same for a search by region without a PDU.
 * - INTERVENTION#id / REFERRALS#year — how many referrals were sent to it that year (Europe/London);
 *   the referral send transaction adds one, the catalogue reads it for the capacity status.
 */
const tierRank = { low: 1, medium: 2, high: 3 } as const;

/** Tiers sort lowest first (`1low`, `2medium`, `3high`), so a search without a tier lists low first. */
const catalogueTierPrefix = (tierId: Intervention["tierId"]) => `${tierRank[tierId]}${tierId}#`;
const catalogueSort = (i: Pick<Intervention, "tierId" | "organisationName" | "id">) =>
  `${catalogueTierPrefix(i.tierId)}${i.organisationName.toLowerCase()}#${i.id}`;
const byStartDate = (c: { startDate: string; id: string }) => `${c.startDate}#${c.id}`;

/** A contract's details. */
export const contractKind = defineItem({
  type: "contract",
  pk: (c: { id: string }) => `CONTRACT#${c.id}`,
  sk: () => "DETAILS",
  gsi1: { pk: (c: { organisationId: string }) => `ORG#${c.organisationId}#CONTRACTS`, sk: byStartDate },
  gsi2: {
    pk: (c: { opportunityId: string }) => `OPP#${c.opportunityId}#CONTRACTS`,
    sk: (c: { id: string }) => c.id,
  },
  // Live contracts by end date: the daily expiry job reads those ending within 90 days in one Query.
  gsi3: {
    pk: () => "CONTRACTS#LIVE#BY-END",
    sk: (c: { endDate: string; id: string }) => `${c.endDate}#${c.id}`,
    when: (c: { status?: string | undefined }) => !c.status || c.status === "live",
  },
});

const byEndDate = (c: { endDate: string; id: string }) => `${c.endDate}#${c.id}`;
const regionList = (c: { regionId: string }) => `REGION#${c.regionId}#CONTRACTS`;

/** A contract's listing entry in one region it covers: gsi1 by start date, gsi2 by end date. */
export const contractListingKind = defineItem({
  type: "contract-listing",
  pk: (c: { id: string }) => contractKind.pk(c),
  sk: (c: { regionId: string }) => `REGION#${c.regionId}`,
  gsi1: { pk: regionList, sk: byStartDate },
  gsi2: { pk: regionList, sk: byEndDate },
});

/** Whose list a view belongs to: a region's (commissioners) or an organisation's (the provider). */
export type ListScope = { regionId: string } | { organisationId: string };
/** Which filters a view answers with its partition alone. */
export type ListVariant = "NEED" | "STATUS" | "NEED-STATUS" | "ALL";
type ViewFacts = { scope: ListScope; variant: ListVariant; needAreaId: string; status: string };

/**
 * The partition of one filtered list: `REGION#<r>#CONTRACTS` or `ORG#<o>#CONTRACTS#ALL` with
 * `#NEED#<need>` and/or `#STATUS#<status>`, so a list filtered by status and need area is one Query.
 * (The organisation's unfiltered list has `#ALL`: its contract items already hold `ORG#<o>#CONTRACTS`.)
 */
export const listPartition = (scope: ListScope, f: { needAreaId?: string; status?: string }) => {
  const region = "regionId" in scope;
  const rest = (f.needAreaId ? `#NEED#${f.needAreaId}` : "") + (f.status ? `#STATUS#${f.status}` : "");
  return `${region ? `REGION#${scope.regionId}` : `ORG#${scope.organisationId}`}#CONTRACTS${rest || (region ? "" : "#ALL")}`;
};
const viewPartition = (v: ViewFacts) =>
  listPartition(v.scope, {
    ...(v.variant.includes("NEED") && { needAreaId: v.needAreaId }),
    ...(v.variant.includes("STATUS") && { status: v.status }),
  });

/**
 * A filtered view of a contract in one list (ADR 0027 update): a region's by need area, by status or
 * both, and the provider's (all, by status). Same key whatever the status, so a write
 * that changes the status or end date re-puts it in place, in the same transaction as the contract.
 */
export const contractViewKind = defineItem({
  type: "contract-view",
  pk: (c: { id: string }) => contractKind.pk(c),
  sk: (v: { scope: ListScope; variant: ListVariant }) =>
    `VIEW#${"regionId" in v.scope ? `REGION#${v.scope.regionId}` : "ORG"}#${v.variant}`,
  gsi1: { pk: viewPartition, sk: byStartDate },
  gsi2: { pk: viewPartition, sk: byEndDate },
});

/**
 * Every list entry of a contract, from its current state: the region entries (ADR 0004) and the
 * filtered views. Each writer of a contract's status or end date puts all of them with the contract.
 * A provider holds a handful of contracts, so its need-area filter reads its own bounded list.
 */
export const contractListItems = (c: Contract): Record<string, unknown>[] => {
  const view = (scope: ListScope, variant: ListVariant) =>
    contractViewKind.item({ ...c, scope, variant, status: c.status ?? "live" }, c);
  const scope = { organisationId: c.organisationId };
  return [
    view(scope, "ALL"),
    view(scope, "STATUS"),
    ...c.regionIds.flatMap((regionId) => [
      contractListingKind.item({ ...c, regionId }, c),
      view({ regionId }, "NEED"),
      view({ regionId }, "STATUS"),
      view({ regionId }, "NEED-STATUS"),
    ]),
  ];
};

/** One awarded tier offer. */
export const interventionKind = defineItem({
  type: "intervention",
  pk: (i: { id: string }) => `INTERVENTION#${i.id}`,
  sk: () => "DETAILS",
  gsi1: {
    pk: (i: { contractId: string }) => `CONTRACT#${i.contractId}#INTERVENTIONS`,
    sk: (i: { tierId: string }) => i.tierId,
  },
});

/** An intervention's catalogue entry for one PDU it covers. */
export const cataloguePduEntryKind = defineItem({
  type: "catalogue-entry",
  pk: (i: { id: string }) => interventionKind.pk(i),
  sk: (i: { pduId: string }) => `PDU#${i.pduId}`,
  gsi1: {
    pk: (i: { pduId: string; needAreaId: string }) => `CATALOGUE#PDU#${i.pduId}#${i.needAreaId}`,
    sk: catalogueSort,
  },
});

/** An intervention's catalogue entry for one region it covers (a search by region without a PDU). */
export const catalogueRegionEntryKind = defineItem({
  type: "catalogue-entry",
  pk: (i: { id: string }) => interventionKind.pk(i),
  sk: (i: { regionId: string }) => `REGION#${i.regionId}`,
  gsi1: {
    pk: (i: { regionId: string; needAreaId: string }) => `CATALOGUE#REGION#${i.regionId}#${i.needAreaId}`,
    sk: catalogueSort,
  },
});

/** How many referrals were sent to an intervention in one year (counted from the stream, ADR 0017). */
export const referralCountKind = defineItem({
  type: "referral-count",
  pk: (c: { interventionId: string }) => interventionKind.pk({ id: c.interventionId }),
  sk: (c: { year: string }) => `REFERRALS#${c.year}`,
});

/** Keys of contracts and interventions, for readers in other contexts. */
export const contractKeys = {
  contract: (id: string) => contractKind.key({ id }),
  byOrganisation: (organisationId: string) => contractKind.gsi1.pk({ organisationId }),
  byOpportunity: (opportunityId: string) => contractKind.gsi2.pk({ opportunityId }),
  liveByEndDate: () => contractKind.gsi3.pk(),
  byRegion: (regionId: string) => contractListingKind.gsi1.pk({ regionId }),
  intervention: (id: string) => interventionKind.key({ id }),
  byContract: (contractId: string) => interventionKind.gsi1.pk({ contractId }),
  catalogueByPdu: (pduId: string, needAreaId: string) => cataloguePduEntryKind.gsi1.pk({ pduId, needAreaId }),
  catalogueByRegion: (regionId: string, needAreaId: string) =>
    catalogueRegionEntryKind.gsi1.pk({ regionId, needAreaId }),
  catalogueTierPrefix,
  catalogueSort,
  referralCount: (interventionId: string, year: string) => referralCountKind.key({ interventionId, year }),
  referralCountType: referralCountKind.type,
};

/** The stored items of one live intervention: its details and a catalogue entry per PDU and region. */
export const interventionItems = (i: Intervention): Record<string, unknown>[] => [
  interventionKind.item(i, i),
  ...i.pduIds.map((pduId) => cataloguePduEntryKind.item({ ...i, pduId }, i)),
  ...i.regionIds.map((regionId) => catalogueRegionEntryKind.item({ ...i, regionId }, i)),
];

/** Every stored item of a contract: the contract itself and each of its interventions. */
export const contractItems = (c: Contract): Record<string, unknown>[] => [
  contractKind.item(c, c),
  ...contractListItems(c),
  ...c.interventions.flatMap(interventionItems),
];
