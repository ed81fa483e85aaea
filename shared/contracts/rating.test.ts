import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  previousQuarter,
  proposeRating,
  quarterMonths,
  quarterOf,
  type RatingMeasure,
  ratingValues,
} from "./rating.ts";

const measure = (numerator: number, denominator: number, target: number, id = "m"): RatingMeasure => ({
  id,
  measure: id,
  numerator,
  denominator,
  target,
});

const measureArb = fc
  .record({
    denominator: fc.integer({ min: 0, max: 200 }),
    share: fc.double({ min: 0, max: 1, noNaN: true }),
    target: fc.integer({ min: 0, max: 100 }),
  })
  .map(({ denominator, share, target }) => measure(Math.floor(denominator * share), denominator, target));

describe("the rating rule", () => {
  it("rates from the worst shortfall against target", () => {
    expect(proposeRating([measure(80, 100, 73), measure(45, 100, 40)])).toBe("good");
    expect(proposeRating([measure(70, 100, 73)])).toBe("approaching-target");
    expect(proposeRating([measure(68, 100, 73)])).toBe("approaching-target");
    expect(proposeRating([measure(67, 100, 73)])).toBe("requires-improvement");
    expect(proposeRating([measure(58, 100, 73)])).toBe("requires-improvement");
    expect(proposeRating([measure(57, 100, 73), measure(90, 100, 40)])).toBe("inadequate");
  });

  it("ignores measures nothing has reached, and proposes nothing when none has data", () => {
    expect(proposeRating([measure(0, 0, 73), measure(10, 20, 40)])).toBe("good");
    expect(proposeRating([measure(0, 0, 73)])).toBeUndefined();
    expect(proposeRating([])).toBeUndefined();
  });

  it("never rates worse when a measure improves", () => {
    fc.assert(
      fc.property(fc.array(measureArb, { minLength: 1, maxLength: 4 }), fc.nat(), (ms, pick) => {
        const i = pick % ms.length;
        const m = ms[i]!;
        if (m.numerator >= m.denominator) return;
        const better = ms.map((x, j) => (j === i ? { ...x, numerator: x.numerator + 1 } : x));
        const before = proposeRating(ms);
        const after = proposeRating(better);
        if (before === undefined) return;
        expect(ratingValues.indexOf(after!)).toBeLessThanOrEqual(ratingValues.indexOf(before));
      }),
    );
  });

  it("does not depend on the order of the measures, and is good exactly when every target is met", () => {
    fc.assert(
      fc.property(fc.array(measureArb, { maxLength: 5 }), (ms) => {
        expect(proposeRating([...ms].reverse())).toBe(proposeRating(ms));
        const withData = ms.filter((m) => m.denominator > 0);
        const allMet = withData.every((m) => (m.numerator * 100) / m.denominator >= m.target);
        if (withData.length) expect(proposeRating(ms) === "good").toBe(allMet);
      }),
    );
  });
});

describe("quarters", () => {
  it("names a date's quarter, its months and the one before", () => {
    expect(quarterOf("2026-09-30")).toBe("2026-Q3");
    expect(quarterOf("2026-10")).toBe("2026-Q4");
    expect(quarterMonths("2026-Q3")).toEqual(["2026-07", "2026-08", "2026-09"]);
    expect(previousQuarter("2027-Q1")).toBe("2026-Q4");
    expect(previousQuarter("2026-Q3")).toBe("2026-Q2");
  });
});
