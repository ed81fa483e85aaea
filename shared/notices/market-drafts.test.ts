import { describe, expect, it } from "vitest";
import {
  currentScope,
  draftDynamicMarketCessation,
  draftDynamicMarketModification,
  scopeBasis,
  scopeDiff,
  scopeOf,
} from "./market-drafts.ts";

const before = { needAreaIds: ["accommodation", "finance-benefits-debt"], regionIds: ["london", "wales"] };
const after = {
  needAreaIds: ["finance-benefits-debt", "employment-training-education"],
  regionIds: ["wales", "london", "north-east"],
};

describe("the dynamic market's scope", () => {
  it("records a scope whatever its order, and reads it back", () => {
    expect(scopeBasis(before)).toBe(
      scopeBasis({ needAreaIds: ["finance-benefits-debt", "accommodation"], regionIds: ["wales", "london"] }),
    );
    expect(scopeOf(scopeBasis(before))).toEqual({
      needAreaIds: ["accommodation", "finance-benefits-debt"],
      regionIds: ["london", "wales"],
    });
    expect(scopeOf("2027-01-01T00:00:00Z|")).toBeUndefined();
  });

  it("finds what was added and removed, and nothing when only the order changed", () => {
    expect(scopeDiff(before, after)).toEqual({
      needAreasAdded: ["employment-training-education"],
      needAreasRemoved: ["accommodation"],
      regionsAdded: ["north-east"],
      regionsRemoved: [],
    });
    expect(
      scopeDiff(before, {
        needAreaIds: ["finance-benefits-debt", "accommodation"],
        regionIds: ["wales", "london"],
      }),
    ).toEqual({
      needAreasAdded: [],
      needAreasRemoved: [],
      regionsAdded: [],
      regionsRemoved: [],
    });
  });
});

describe("the modification notice", () => {
  it("states the need areas and regions added and removed by name, and the scope now", () => {
    const drafted = draftDynamicMarketModification(before, after);
    const fact = (label: string) => drafted.facts.find((f) => f.label === label)?.value;
    expect(fact("Need areas added")).toBe("Employment, Training & Education");
    expect(fact("Need areas removed")).toBe("Accommodation");
    expect(fact("Regions added")).toBe("North East");
    expect(fact("Regions removed")).toBe("None");
    expect(fact("Regions")).toBe("Wales, London, North East");
    expect(drafted.regionIds).toEqual(after.regionIds);
    expect(drafted.tag).toBe("tenderAmendment");
    const tender = drafted.release.tender as { items: { id: string }[]; amendments: { id: string }[] };
    expect(tender.items.map((i) => i.id)).toEqual(after.needAreaIds);
    // The same scope gives the same amendment id, so a correction merges with the notice it corrects.
    expect(tender.amendments[0]!.id).toBe(
      (draftDynamicMarketModification(before, after).release.tender as typeof tender).amendments[0]!.id,
    );
  });
});

describe("the cessation notice", () => {
  it("states the date, the scope and that contracts continue; its text is the reason; the period ends that day", () => {
    const drafted = draftDynamicMarketCessation(
      { closesOn: "2027-07-01", reason: "Replaced by a national framework." },
      currentScope(),
    );
    expect(drafted.facts[0]).toEqual({ label: "Ceases to operate on", value: "1 July 2027" });
    expect(drafted.facts.find((f) => f.label === "Existing contracts")?.value).toMatch(/continue/);
    expect(drafted.description).toBe("Replaced by a national framework.");
    expect(drafted.tag).toBe("tenderUpdate");
    // Midnight in London during British Summer Time is 23:00 the day before in UTC.
    expect(drafted.release.tender).toMatchObject({
      status: "complete",
      tenderPeriod: { endDate: "2027-06-30T23:00:00.000Z" },
    });
  });
});
