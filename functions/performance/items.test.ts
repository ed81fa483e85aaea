import { describe, expect, it } from "vitest";
import {
  appliedKind,
  dashboardContractKind,
  organisationMonthKind,
  organisationPartition,
  regionMonthKind,
  regionPartition,
  targetKind,
} from "./items.ts";

// The key strings of items already stored: a refactor that changes one fails here, not in production.
describe("performance item keys", () => {
  const dimensions = {
    contractId: "C1",
    organisationId: "org-a",
    regionId: "london",
    needAreaId: "accommodation",
  };

  it("month aggregates in the region's and the provider's partitions", () => {
    expect(regionMonthKind.item({ dimensions, month: "2026-01" })).toEqual({
      pk: "PERF#REGION#london",
      sk: "M#2026-01#C#C1",
      type: "performance-month",
    });
    expect(organisationMonthKind.item({ dimensions, month: "2026-01" })).toEqual({
      pk: "PERF#ORG#org-a",
      sk: "M#2026-01#C#C1#R#london",
      type: "performance-month",
    });
  });

  it("dashboard contract and applied record", () => {
    expect(dashboardContractKind.item({ partition: regionPartition("london"), id: "C1" })).toEqual({
      pk: "PERF#REGION#london",
      sk: "CONTRACT#C1",
      type: "performance-contract",
    });
    expect(dashboardContractKind.key({ partition: organisationPartition("org-a"), id: "C1" }).pk).toBe(
      "PERF#ORG#org-a",
    );
    expect(appliedKind.item({ referralId: "R1" })).toEqual({
      pk: "PERF#APPLIED#R1",
      sk: "APPLIED",
      type: "performance-applied",
    });
  });

  it("targets per region, by need area or contract", () => {
    expect(
      targetKind.item({ regionId: "london", scope: { needAreaId: "accommodation" }, measureId: "m" }),
    ).toEqual({
      pk: "PERF#TARGETS#REGION#london",
      sk: "NEEDAREA#accommodation#m",
      type: "performance-target",
    });
    expect(targetKind.sk({ scope: { contractId: "C1" }, measureId: "m" })).toBe("CONTRACT#C1#m");
  });
});
