import type { NeedArea, Pdu, ReferenceData, Region, TierId } from "#shared/reference/schema.ts";

/** Finders over the reference data the API returned (names for the ids stored on records). */
export interface ReferenceLookup {
  needArea(id: string): NeedArea | undefined;
  region(id: string): Region | undefined;
  pdu(id: string): { region: Region; pdu: Pdu } | undefined;
  /** The tiers a need area is bought at, lowest first. */
  tiersOffered(needArea: NeedArea): TierId[];
}

const cache = new WeakMap<ReferenceData, ReferenceLookup>();

export function referenceLookup(data: ReferenceData): ReferenceLookup {
  const cached = cache.get(data);
  if (cached !== undefined) return cached;
  const needAreas = new Map(data.needAreas.map((area) => [area.id, area]));
  const regions = new Map(data.regions.map((region) => [region.id, region]));
  const pdus = new Map(
    data.regions.flatMap((region) => region.pdus.map((pdu) => [pdu.id, { region, pdu }] as const)),
  );
  const lookup: ReferenceLookup = {
    needArea: (id) => needAreas.get(id),
    region: (id) => regions.get(id),
    pdu: (id) => pdus.get(id),
    tiersOffered: (needArea) =>
      data.complexityTiers.map((tier) => tier.id).filter((id) => needArea.tiers[id] !== undefined),
  };
  cache.set(data, lookup);
  return lookup;
}
