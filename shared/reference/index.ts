import { accreditedProgrammes } from "./accredited-programmes.ts";
import { cohorts } from "./cohorts.ts";
import { complexityTiers, phases } from "./complexity-tiers.ts";
import { deliveryMethods, settings } from "./delivery.ts";
import { needAreas } from "./need-areas.ts";
import { performanceTargets } from "./performance-targets.ts";
import { probationOffices, probationOfficesSource } from "./probation-offices.ts";
import { regions } from "./regions.ts";
import { riskLevels } from "./risk-levels.ts";
import {
  type NeedArea,
  type Pdu,
  type ProbationOffice,
  type ReferenceData,
  type Region,
  type TierId,
} from "./schema.ts";
import { sentenceTypes } from "./sentence-types.ts";
import { withdrawalReasons } from "./withdrawal-reasons.ts";

export * from "./schema.ts";

/** An OGRS score below this percentage counts as low risk of reoffending. */
export const ogrsLowRiskThresholdPercent = 25;

/**
 * All reference data. It is checked against `referenceDataSchema` by a unit test (reference.test.ts),
 * not at module load: parsing it cost every cold start about 29 ms (ADR 0013), and the data only
 * changes with the code, so a bad edit fails the tests before it can reach a user.
 */
export const referenceData: ReferenceData = {
  needAreas,
  complexityTiers,
  phases,
  regions,
  sentenceTypes,
  cohorts,
  riskLevels,
  withdrawalReasons,
  deliveryMethods,
  settings,
  accreditedProgrammes,
  performanceTargets,
  ogrsLowRiskThresholdPercent,
  probationOffices,
  probationOfficesSource,
};

// The lookups read the parts, not `referenceData`, so a function that uses one carries only that part (ADR 0013).
const needAreasById = new Map(needAreas.map((area) => [area.id, area]));
const regionsById = new Map(regions.map((region) => [region.id, region]));
const pdusById = new Map(
  regions.flatMap((region) => region.pdus.map((pdu) => [pdu.id, { region, pdu }] as const)),
);

/** The need area with this id, or undefined. */
export function findNeedArea(id: string): NeedArea | undefined {
  return needAreasById.get(id);
}

/** The region with this id, or undefined. */
export function findRegion(id: string): Region | undefined {
  return regionsById.get(id);
}

/** The delivery unit with this id together with its region, or undefined. */
export function findPdu(pduId: string): { region: Region; pdu: Pdu } | undefined {
  return pdusById.get(pduId);
}

/** The tiers a need area can be bought at, lowest first; empty for an unknown need area. */
export function tiersOffered(needAreaId: string): TierId[] {
  const area = findNeedArea(needAreaId);
  if (area === undefined) return [];
  return complexityTiers.map((tier) => tier.id).filter((id) => area.tiers[id] !== undefined);
}

/** The probation offices of a delivery unit, where appointments can be held; empty when none is listed. */
export function officesOf(pduId: string): ProbationOffice[] {
  return probationOffices.filter((office) => office.pduId === pduId);
}

/** The probation office with this id, or undefined. */
export function findOffice(id: string): ProbationOffice | undefined {
  return probationOffices.find((office) => office.id === id);
}
