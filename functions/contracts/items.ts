import type { Contract, Intervention } from "#shared/contracts/contract.ts";

/**
 * The keys of contracts and their live interventions. Contract creation (evaluation/award) and the
 * demo seed both write through `contractItems`, so the catalogue and referrals read one shape.
 *
 * - CONTRACT#id / DETAILS — the contract; gsi1 lists an organisation's contracts, gsi2 an opportunity's.
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

export const contractKeys = {
  contract: (id: string) => ({ pk: `CONTRACT#${id}`, sk: "DETAILS" }),
  byOrganisation: (organisationId: string) => `ORG#${organisationId}#CONTRACTS`,
  byOpportunity: (opportunityId: string) => `OPP#${opportunityId}#CONTRACTS`,
  byRegion: (regionId: string) => `REGION#${regionId}#CONTRACTS`,
  intervention: (id: string) => ({ pk: `INTERVENTION#${id}`, sk: "DETAILS" }),
  byContract: (contractId: string) => `CONTRACT#${contractId}#INTERVENTIONS`,
  catalogueByPdu: (pduId: string, needAreaId: string) => `CATALOGUE#PDU#${pduId}#${needAreaId}`,
  catalogueByRegion: (regionId: string, needAreaId: string) => `CATALOGUE#REGION#${regionId}#${needAreaId}`,
  /** Tiers sort lowest first (`1low`, `2medium`, `3high`), so a search without a tier lists low first. */
  catalogueTierPrefix: (tierId: Intervention["tierId"]) => `${tierRank[tierId]}${tierId}#`,
  catalogueSort: (i: Intervention) =>
    `${contractKeys.catalogueTierPrefix(i.tierId)}${i.organisationName.toLowerCase()}#${i.id}`,
  referralCount: (interventionId: string, year: string) => ({
    pk: `INTERVENTION#${interventionId}`,
    sk: `REFERRALS#${year}`,
  }),
};

/** The stored items of one live intervention: its details and a catalogue entry per PDU and region. */
export const interventionItems = (i: Intervention): Record<string, unknown>[] => [
  {
    ...contractKeys.intervention(i.id),
    gsi1pk: contractKeys.byContract(i.contractId),
    gsi1sk: i.tierId,
    type: "intervention",
    ...i,
  },
  ...i.pduIds.map((pduId) => ({
    pk: `INTERVENTION#${i.id}`,
    sk: `PDU#${pduId}`,
    gsi1pk: contractKeys.catalogueByPdu(pduId, i.needAreaId),
    gsi1sk: contractKeys.catalogueSort(i),
    type: "catalogue-entry",
    ...i,
  })),
  ...i.regionIds.map((regionId) => ({
    pk: `INTERVENTION#${i.id}`,
    sk: `REGION#${regionId}`,
    gsi1pk: contractKeys.catalogueByRegion(regionId, i.needAreaId),
    gsi1sk: contractKeys.catalogueSort(i),
    type: "catalogue-entry",
    ...i,
  })),
];

/** Every stored item of a contract: the contract itself and each of its interventions. */
export const contractItems = (c: Contract): Record<string, unknown>[] => [
  {
    ...contractKeys.contract(c.id),
    gsi1pk: contractKeys.byOrganisation(c.organisationId),
    gsi1sk: `${c.startDate}#${c.id}`,
    gsi2pk: contractKeys.byOpportunity(c.opportunityId),
    gsi2sk: c.id,
    type: "contract",
    ...c,
  },
  ...c.regionIds.map((regionId) => ({
    pk: `CONTRACT#${c.id}`,
    sk: `REGION#${regionId}`,
    gsi1pk: contractKeys.byRegion(regionId),
    gsi1sk: `${c.startDate}#${c.id}`,
    type: "contract-listing",
    ...c,
  })),
  ...c.interventions.flatMap(interventionItems),
];
