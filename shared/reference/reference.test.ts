import { describe, expect, it } from "vitest";
import {
  findNeedArea,
  findPdu,
  findRegion,
  referenceData,
  referenceDataSchema,
  tiersOffered,
} from "./index.ts";

const kebabCase = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const coreSuiteIds = [
  "accommodation",
  "employment-training-education",
  "finance-benefits-debt",
  "attitudes-thinking-behaviour",
  "family-significant-others",
  "lifestyle-associates",
  "emotional-management-health",
  "non-dependent-alcohol-misuse",
];

describe("regions", () => {
  it("has the 12 probation regions with unique ids", () => {
    const ids = referenceData.regions.map((r) => r.id);
    expect(ids).toHaveLength(12);
    expect(new Set(ids).size).toBe(12);
    expect(referenceData.regions.map((r) => r.name)).toEqual([
      "North East",
      "North West",
      "Yorkshire & the Humber",
      "Greater Manchester",
      "East Midlands",
      "West Midlands",
      "East of England",
      "London",
      "Kent, Surrey & Sussex",
      "South Central",
      "South West",
      "Wales",
    ]);
  });

  it("gives every region at least one PDU and never reuses a PDU id", () => {
    for (const region of referenceData.regions) expect(region.pdus.length).toBeGreaterThan(0);
    const pduIds = referenceData.regions.flatMap((r) => r.pdus.map((p) => p.id));
    expect(new Set(pduIds).size).toBe(pduIds.length);
  });

  it("gives Wales exactly the five delivery units of seed 003", () => {
    expect(findRegion("wales")?.pdus.map((p) => p.name)).toEqual([
      "North Wales",
      "South Wales – Cardiff and Vale",
      "South Wales – Swansea, Neath, Bridgend, RCT and Merthyr",
      "Dyfed Powys",
      "Gwent",
    ]);
  });

  it("finds a PDU with its region", () => {
    expect(findPdu("camden-and-islington")?.region.id).toBe("london");
    expect(findPdu("gwent")?.region.name).toBe("Wales");
    expect(findPdu("atlantis")).toBeUndefined();
    expect(findRegion("atlantis")).toBeUndefined();
  });
});

describe("need areas", () => {
  it("has the 8 core-suite areas of seed 004 plus the three live-service areas", () => {
    const core = referenceData.needAreas.filter((a) => a.coreSuite).map((a) => a.id);
    const extra = referenceData.needAreas.filter((a) => !a.coreSuite).map((a) => a.id);
    expect(core).toEqual(coreSuiteIds);
    expect(extra).toEqual(["dependency-recovery", "social-inclusion", "womens-services"]);
  });

  it("offers no high tier for attitudes, thinking and behaviour", () => {
    expect(tiersOffered("attitudes-thinking-behaviour")).toEqual(["low", "medium"]);
    expect(findNeedArea("attitudes-thinking-behaviour")?.accreditedProgrammeIds).toContain(
      "thinking-skills-programme",
    );
  });

  it("offers low, medium and high for the rest of the core suite", () => {
    for (const id of coreSuiteIds.filter((id) => id !== "attitudes-thinking-behaviour")) {
      expect(tiersOffered(id), id).toEqual(["low", "medium", "high"]);
    }
  });

  it("gives every area a minimum outcome and at least 3 desired outcomes", () => {
    for (const area of referenceData.needAreas) {
      expect(area.minimumOutcome.trim(), area.id).not.toBe("");
      expect(area.desiredOutcomes.length, area.id).toBeGreaterThanOrEqual(3);
      expect(new Set(area.desiredOutcomes).size, area.id).toBe(area.desiredOutcomes.length);
    }
  });

  it("describes every offered tier in all three phases", () => {
    for (const area of referenceData.needAreas) {
      for (const tier of tiersOffered(area.id)) {
        const description = area.tiers[tier];
        expect(description?.assessAndPlan.length, `${area.id}/${tier}`).toBeGreaterThan(0);
        expect(description?.implement.length, `${area.id}/${tier}`).toBeGreaterThan(0);
        expect(description?.reviewAndEvaluate.length, `${area.id}/${tier}`).toBeGreaterThan(0);
      }
    }
  });

  it("returns no tiers for an unknown need area", () => {
    expect(tiersOffered("astrology")).toEqual([]);
    expect(findNeedArea("astrology")).toBeUndefined();
  });
});

describe("ids", () => {
  const lists = {
    needAreas: referenceData.needAreas,
    complexityTiers: referenceData.complexityTiers,
    regions: referenceData.regions,
    pdus: referenceData.regions.flatMap((r) => r.pdus),
    sentenceTypes: referenceData.sentenceTypes,
    cohorts: referenceData.cohorts,
    riskLevels: referenceData.riskLevels,
    withdrawalReasons: referenceData.withdrawalReasons,
    deliveryMethods: referenceData.deliveryMethods,
    settings: referenceData.settings,
    accreditedProgrammes: referenceData.accreditedProgrammes,
    performanceTargets: referenceData.performanceTargets,
  };

  it.each(Object.entries(lists))("%s ids are kebab-case and unique", (_name, items) => {
    const ids = items.map((item) => item.id);
    for (const id of ids) expect(id).toMatch(kebabCase);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe("other lists", () => {
  it("has exactly the withdrawal reasons PRODUCT.md lists", () => {
    expect(referenceData.withdrawalReasons.map((r) => r.id)).toEqual([
      "ineligible",
      "mistaken-or-duplicate",
      "not-engaged",
      "needs-met-elsewhere",
      "moved-out-of-area",
      "work-caring-sickness",
      "died",
      "acquitted-on-appeal",
      "returned-to-custody",
      "sentence-revoked",
      "sentence-expired",
      "completed-early",
      "other-change-of-circumstance",
    ]);
  });

  it("marks only pre-release as a custodial sentence type", () => {
    expect(referenceData.sentenceTypes.filter((s) => s.custody).map((s) => s.id)).toEqual([
      "pre-release-custody",
    ]);
  });

  it("records the seed 004 facts for TSP and BBR", () => {
    const byId = new Map(referenceData.accreditedProgrammes.map((p) => [p.id, p]));
    expect(byId.get("thinking-skills-programme")).toMatchObject({
      sessions: 19,
      groupSizeMin: 4,
      groupSizeMax: 12,
    });
    expect(byId.get("building-better-relationships")?.sessions).toBe(29);
    expect(findNeedArea("family-significant-others")?.accreditedProgrammeIds).toContain(
      "building-better-relationships",
    );
  });

  it("records the seed 003 performance targets against the right need areas", () => {
    const targets = referenceData.performanceTargets.map((t) => [t.percent, t.needAreaId]);
    expect(targets).toEqual([
      [73, undefined],
      [40, "employment-training-education"],
      [78, "accommodation"],
    ]);
  });

  it("warns below an OGRS score of 25%", () => {
    expect(referenceData.ogrsLowRiskThresholdPercent).toBe(25);
  });
});

describe("referenceDataSchema", () => {
  // The data is no longer parsed at import (cold starts), so this is where a bad edit is caught.
  it("accepts the shipped reference data exactly as it is, with nothing added or stripped", () => {
    const parsed = referenceDataSchema.safeParse(referenceData);
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(parsed.data).toEqual(referenceData);
  });

  it("rejects a need area that points at an unknown programme", () => {
    const broken = structuredClone(referenceData);
    broken.needAreas[0]?.accreditedProgrammeIds.push("no-such-programme");
    expect(referenceDataSchema.safeParse(broken).success).toBe(false);
  });

  it("rejects a PDU id used in two regions", () => {
    const broken = structuredClone(referenceData);
    broken.regions[0]?.pdus.push({ id: "gwent", name: "Gwent again" });
    expect(referenceDataSchema.safeParse(broken).success).toBe(false);
  });

  it("rejects an id that is not kebab-case", () => {
    const broken = structuredClone(referenceData);
    broken.cohorts.push({ id: "Young_Adults", name: "Young adults" });
    expect(referenceDataSchema.safeParse(broken).success).toBe(false);
  });
});
