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

/** A contract's listing entry in one region it covers. */
export const contractListingKind = defineItem({
  type: "contract-listing",
  pk: (c: { id: string }) => contractKind.pk(c),
  sk: (c: { regionId: string }) => `REGION#${c.regionId}`,
  gsi1: { pk: (c: { regionId: string }) => `REGION#${c.regionId}#CONTRACTS`, sk: byStartDate },
});

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
  ...c.regionIds.map((regionId) => contractListingKind.item({ ...c, regionId }, c)),
  ...c.interventions.flatMap(interventionItems),
];
