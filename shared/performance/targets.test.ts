import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { measureApplies, resolveTarget, setTargetSchema, type Target, targetStatus } from "./targets.ts";

const at = "2026-04-01T09:00:00.000Z";
const contractTarget = (contractId: string, measureId: string, percent: number): Target => ({
  scope: { contractId },
  measureId,
  percent,
  version: 1,
  updatedAt: at,
  updatedBy: "user-commissioner-london",
});
const areaTarget = (regionId: string, needAreaId: string, measureId: string, percent: number): Target => ({
  scope: { needAreaId, regionId },
  measureId,
  percent,
  version: 1,
  updatedAt: at,
  updatedBy: "user-commissioner-london",
});

describe("resolveTarget", () => {
  const completion = "orders-successfully-completed";
  const settled = "settled-accommodation-at-end";

  it("falls back to the seed 003 defaults", () => {
    expect(resolveTarget(completion, { regionIds: ["london"] }, [])).toEqual({
      percent: 73,
      source: "default",
    });
    expect(resolveTarget(settled, { regionIds: [] }, [])?.percent).toBe(78);
    expect(resolveTarget("employment-at-termination", { regionIds: [] }, [])?.percent).toBe(40);
    expect(resolveTarget("no-such-measure", { regionIds: [] }, [])).toBeUndefined();
  });

  it("prefers the contract's target, then the need area's in the region, then the default", () => {
    const targets = [
      areaTarget("london", "accommodation", settled, 80),
      contractTarget("c1", settled, 90),
      areaTarget("wales", "accommodation", settled, 60),
    ];
    const context = { contractId: "c1", needAreaId: "accommodation", regionIds: ["london"] };
    expect(resolveTarget(settled, context, targets)).toMatchObject({ percent: 90, source: "contract" });
    expect(resolveTarget(settled, { ...context, contractId: "c2" }, targets)).toMatchObject({
      percent: 80,
      source: "need-area",
    });
    expect(
      resolveTarget(settled, { needAreaId: "accommodation", regionIds: ["kent-surrey-sussex"] }, targets),
    ).toMatchObject({
      percent: 78,
      source: "default",
    });
    // The first region in order that sets one wins.
    expect(resolveTarget(settled, { regionIds: ["wales", "london"] }, targets)?.percent).toBe(60);
  });

  it("uses a need-area completion target only for that need area", () => {
    const targets = [areaTarget("london", "accommodation", completion, 85)];
    expect(
      resolveTarget(completion, { needAreaId: "accommodation", regionIds: ["london"] }, targets)?.percent,
    ).toBe(85);
    expect(
      resolveTarget(completion, { needAreaId: "finance-benefits-debt", regionIds: ["london"] }, targets)
        ?.percent,
    ).toBe(73);
    expect(resolveTarget(completion, { regionIds: ["london"] }, targets)?.percent).toBe(73);
  });

  it("a contract's own target always wins, whatever else is set (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom("london", "wales"), fc.integer({ min: 0, max: 100 })), {
          maxLength: 5,
        }),
        fc.integer({ min: 0, max: 100 }),
        (areas, own) => {
          const targets = [
            ...areas.map(([r, p]) => areaTarget(r, "accommodation", settled, p)),
            contractTarget("c1", settled, own),
          ];
          const resolved = resolveTarget(
            settled,
            { contractId: "c1", needAreaId: "accommodation", regionIds: ["london", "wales"] },
            targets,
          );
          expect(resolved).toMatchObject({ percent: own, source: "contract" });
        },
      ),
    );
  });
});

describe("targets", () => {
  it("judges met, not met and no data yet", () => {
    expect(targetStatus(73, 10, 73)).toBe("met");
    expect(targetStatus(72.9, 10, 73)).toBe("not-met");
    expect(targetStatus(undefined, 0, 73)).toBe("no-data");
    expect(targetStatus(0, 0, 0)).toBe("no-data");
  });

  it("applies outcome measures only to their own need area", () => {
    expect(measureApplies("orders-successfully-completed", "finance-benefits-debt")).toBe(true);
    expect(measureApplies("settled-accommodation-at-end", "accommodation")).toBe(true);
    expect(measureApplies("settled-accommodation-at-end", "employment-training-education")).toBe(false);
    expect(measureApplies("made-up", "accommodation")).toBe(false);
  });

  it("validates a change field by field", () => {
    const bad = setTargetSchema.safeParse({ scope: {}, measureId: "x", percent: 101, version: -1 });
    expect(bad.success).toBe(false);
    const paths = bad.error?.issues.map((i) => i.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["scope", "measureId", "percent", "version"]));
    expect(
      setTargetSchema.safeParse({
        scope: { needAreaId: "accommodation", regionId: "london" },
        measureId: "settled-accommodation-at-end",
        percent: 80.5,
        version: 0,
      }).success,
    ).toBe(true);
  });

  it("takes a target to one decimal place, and nothing finer (not even a number too small to store)", () => {
    const withPercent = (percent: number) =>
      setTargetSchema.safeParse({
        scope: { needAreaId: "accommodation", regionId: "london" },
        measureId: "settled-accommodation-at-end",
        percent,
        version: 0,
      });
    for (const ok of [0, 0.3, 73.1, 99.9, 100]) expect(withPercent(ok).success, String(ok)).toBe(true);
    for (const bad of [5e-324, 1e-7, 73.15, 0.01]) {
      expect(withPercent(bad).error?.issues[0]?.message, String(bad)).toBe(
        "Give the target to at most one decimal place",
      );
    }
    fc.assert(fc.property(fc.integer({ min: 0, max: 1000 }), (tenths) => withPercent(tenths / 10).success));
  });
});
