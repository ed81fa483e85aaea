import { describe, expect, it } from "vitest";
import type { DashboardContract } from "#shared/performance/dashboard.ts";
import { setTargetSchema, type Targets } from "#shared/performance/targets.ts";
import { targetMessages, targetRequest, targetValues } from "./target-form.ts";
import { areaTargetRows, contractTargetRows } from "./targets.presenter.ts";

const contract: DashboardContract = {
  id: "c1",
  reference: "DFP-LON-ACC-0001",
  organisationId: "org-b",
  organisationName: "Bridge Housing Trust",
  needAreaId: "accommodation",
  regionIds: ["london"],
  capacityPerYear: 100,
  startDate: "2027-04-01",
  endDate: "2029-03-31",
};
const set = { updatedAt: "2026-11-01T00:00:00.000Z", updatedBy: "u" };
const targets: Targets = {
  defaults: [
    { measureId: "orders-successfully-completed", measure: "Court orders completed", percent: 60 },
    {
      measureId: "settled-accommodation-at-end",
      measure: "Settled accommodation",
      needAreaId: "accommodation",
      percent: 50,
    },
    {
      measureId: "employment-at-termination",
      measure: "Employment",
      needAreaId: "employment-training-education",
      percent: 30,
    },
  ],
  targets: [
    {
      scope: { contractId: "c1" },
      measureId: "orders-successfully-completed",
      percent: 70,
      version: 3,
      ...set,
    },
    {
      scope: { regionId: "london", needAreaId: "accommodation" },
      measureId: "settled-accommodation-at-end",
      percent: 55,
      version: 1,
      ...set,
    },
  ],
};

describe("the target form", () => {
  it("starts from the address, with the target in force to change", () => {
    const params = new URLSearchParams("contractId=c1&measureId=orders-successfully-completed");
    expect(targetValues(params, { contract, targets })).toEqual({
      regionId: "",
      needAreaId: "accommodation",
      measureId: "orders-successfully-completed",
      percent: "70",
    });
  });

  it("replaces the contract's own target at its version, and a wider one as a new target", () => {
    const request = targetRequest({ contract, targets });
    expect(
      request({ regionId: "", needAreaId: "", measureId: "orders-successfully-completed", percent: "75 %" }),
    ).toEqual({
      scope: { contractId: "c1" },
      measureId: "orders-successfully-completed",
      percent: 75,
      version: 3,
    });
    // The contract has no target of its own for this measure: the need area's applies, so this one is new.
    expect(
      request({ regionId: "", needAreaId: "", measureId: "settled-accommodation-at-end", percent: "60" })
        .version,
    ).toBe(0);
  });

  it("names the missing region and need area, and lets the schema word a percentage out of range", () => {
    const request = targetRequest({ contract: undefined, targets })({
      regionId: "",
      needAreaId: "",
      measureId: "",
      percent: "120",
    });
    const messages = (setTargetSchema.safeParse(request).error?.issues ?? []).map((i) =>
      targetMessages(i.path.join("."), i.message),
    );
    expect(messages).toEqual([
      "Choose a need area",
      "Choose a region",
      "Choose a measure from the list",
      "The target must be 100% or less",
    ]);
  });
});

describe("the targets page", () => {
  it("lists each measure of each contract with the target in force and where it comes from", () => {
    const rows = contractTargetRows([contract], targets);
    expect(rows.map((r) => [r.measure, r.target, r.source])).toEqual([
      ["Court orders completed", "70%", "Set for this contract"],
      ["Settled accommodation", "55%", "Set for the need area in the region"],
    ]);
  });

  it("lists need area targets with names for people", () => {
    const rows = areaTargetRows(targets, { region: () => "London", needArea: () => undefined });
    expect(rows).toEqual([
      {
        id: "london-accommodation-settled-accommodation-at-end",
        region: "London",
        needArea: "accommodation",
        measure: "Settled accommodation",
        target: "55%",
      },
    ]);
  });
});
