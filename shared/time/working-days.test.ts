import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addWorkingDays,
  bankHolidayCoverage,
  bankHolidays,
  endOfLondonDay,
  isWorkingDay,
  londonDate,
  workingDaysBetween,
} from "./index.ts";

const utc = (iso: string) => new Date(iso);
const weekdayOf = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`).getUTCDay();

describe("bankHolidays", () => {
  const years = Array.from(
    { length: bankHolidayCoverage.to - bankHolidayCoverage.from + 1 },
    (_, i) => bankHolidayCoverage.from + i,
  );
  const holidaysIn = (year: number) => [...bankHolidays].filter((d) => d.startsWith(`${year}-`));
  const mondaysIn = (year: number, month: number) =>
    Array.from({ length: 31 }, (_, i) => new Date(Date.UTC(year, month - 1, i + 1)))
      .filter((d) => d.getUTCMonth() === month - 1 && d.getUTCDay() === 1)
      .map((d) => d.toISOString().slice(0, 10));

  it.each(years)("lists eight weekday holidays in %i", (year) => {
    const holidays = holidaysIn(year);
    expect(holidays).toHaveLength(8);
    for (const day of holidays) expect([0, 6]).not.toContain(weekdayOf(day));
  });

  it.each(years)("has the early May, spring and summer Mondays in %i", (year) => {
    const may = mondaysIn(year, 5);
    const august = mondaysIn(year, 8);
    expect(bankHolidays.has(may[0] ?? "")).toBe(true);
    expect(bankHolidays.has(may.at(-1) ?? "")).toBe(true);
    expect(bankHolidays.has(august.at(-1) ?? "")).toBe(true);
  });

  it("has Good Friday and Easter Monday every year", () => {
    for (const day of [
      "2024-03-29",
      "2024-04-01",
      "2025-04-18",
      "2025-04-21",
      "2026-04-03",
      "2026-04-06",
      "2027-03-26",
      "2027-03-29",
      "2028-04-14",
      "2028-04-17",
      "2029-03-30",
      "2029-04-02",
      "2030-04-19",
      "2030-04-22",
    ]) {
      expect(bankHolidays.has(day), day).toBe(true);
    }
  });

  it("substitutes weekend Christmas, Boxing and New Year's days", () => {
    expect(bankHolidays.has("2026-12-28")).toBe(true);
    expect(bankHolidays.has("2027-12-27")).toBe(true);
    expect(bankHolidays.has("2027-12-28")).toBe(true);
    expect(bankHolidays.has("2028-01-03")).toBe(true);
  });
});

describe("londonDate", () => {
  it("uses the London date, which runs an hour ahead of UTC in summer", () => {
    expect(londonDate(utc("2025-07-15T23:30:00Z"))).toBe("2025-07-16");
    expect(londonDate(utc("2025-07-15T22:59:59.999Z"))).toBe("2025-07-15");
  });

  it("matches UTC in winter", () => {
    expect(londonDate(utc("2025-01-15T23:30:00Z"))).toBe("2025-01-15");
  });

  it("rejects an invalid date", () => {
    expect(() => londonDate(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe("addWorkingDays", () => {
  it("skips Christmas Day and the Boxing Day substitute in 2026", () => {
    expect(addWorkingDays(utc("2026-12-24T12:00:00Z"), 1)).toEqual(utc("2026-12-29T23:59:59.999Z"));
  });

  it("skips Good Friday and Easter Monday in 2027 and ends the day in summer time", () => {
    // Clocks go forward on 28 March 2027, so the end of 30 March is 22:59:59.999 UTC.
    expect(addWorkingDays(utc("2027-03-25T09:00:00Z"), 1)).toEqual(utc("2027-03-30T22:59:59.999Z"));
  });

  it("counts from a weekend start to the following working days", () => {
    const saturday = utc("2025-06-07T10:00:00Z");
    expect(addWorkingDays(saturday, 0)).toEqual(utc("2025-06-09T22:59:59.999Z"));
    expect(addWorkingDays(saturday, 1)).toEqual(utc("2025-06-09T22:59:59.999Z"));
    expect(addWorkingDays(saturday, 2)).toEqual(utc("2025-06-10T22:59:59.999Z"));
  });

  it("with 0 days ends the same day when that day is a working day", () => {
    expect(addWorkingDays(utc("2025-06-10T08:00:00Z"), 0)).toEqual(utc("2025-06-10T22:59:59.999Z"));
  });

  it("crosses the end of March clock change", () => {
    // Friday 27 March 2026 is in GMT; Monday 30 March is in BST.
    expect(addWorkingDays(utc("2026-03-27T12:00:00Z"), 1)).toEqual(utc("2026-03-30T22:59:59.999Z"));
    // 23:30 UTC on Sunday 29 March is 00:30 on Monday in London.
    expect(addWorkingDays(utc("2026-03-29T23:30:00Z"), 0)).toEqual(utc("2026-03-30T22:59:59.999Z"));
  });

  it("crosses the end of October clock change", () => {
    // 23:30 UTC on Friday 23 October 2026 is already Saturday in London (BST).
    expect(isWorkingDay(utc("2026-10-23T23:30:00Z"))).toBe(false);
    expect(addWorkingDays(utc("2026-10-23T23:30:00Z"), 1)).toEqual(utc("2026-10-26T23:59:59.999Z"));
    expect(addWorkingDays(utc("2026-10-23T12:00:00Z"), 1)).toEqual(utc("2026-10-26T23:59:59.999Z"));
  });

  it("gives the eight-working-day standstill over a bank holiday", () => {
    // Award on Thursday 21 May 2026; Monday 25 May is the spring bank holiday.
    expect(addWorkingDays(utc("2026-05-21T15:00:00Z"), 8)).toEqual(utc("2026-06-03T22:59:59.999Z"));
  });

  it("rejects a negative or fractional number of days", () => {
    expect(() => addWorkingDays(utc("2026-05-21T15:00:00Z"), -1)).toThrow(RangeError);
    expect(() => addWorkingDays(utc("2026-05-21T15:00:00Z"), 1.5)).toThrow(RangeError);
  });

  it("goes on past the published years with projected bank holidays", () => {
    // 1 January 2024 is a Monday bank holiday; 1 January 2031 a Wednesday one, projected.
    expect(addWorkingDays(utc("2023-12-29T12:00:00Z"), 1)).toEqual(utc("2024-01-02T23:59:59.999Z"));
    expect(isWorkingDay(utc("2031-01-01T12:00:00Z"))).toBe(false);
    expect(isWorkingDay(utc("2031-01-02T12:00:00Z"))).toBe(true);
    // 30 and 31 December 2030, then 2 (1 is New Year's Day), 3 and 6 January 2031.
    expect(addWorkingDays(utc("2030-12-27T12:00:00Z"), 5)).toEqual(utc("2031-01-06T23:59:59.999Z"));
  });
});

describe("workingDaysBetween", () => {
  it("counts working days after the first date up to and including the second", () => {
    expect(workingDaysBetween(utc("2026-12-24T12:00:00Z"), utc("2026-12-29T08:00:00Z"))).toBe(1);
    expect(workingDaysBetween(utc("2025-06-06T12:00:00Z"), utc("2025-06-13T12:00:00Z"))).toBe(5);
  });

  it("is 0 when the second date is not after the first", () => {
    expect(workingDaysBetween(utc("2025-06-10T08:00:00Z"), utc("2025-06-10T20:00:00Z"))).toBe(0);
    expect(workingDaysBetween(utc("2025-06-10T08:00:00Z"), utc("2025-06-01T20:00:00Z"))).toBe(0);
  });

  it("counts across the edge of the published years", () => {
    // 29 December 2023 (Friday) to 2 January 2024: 1 January is a bank holiday, so one working day.
    expect(workingDaysBetween(utc("2023-12-29T12:00:00Z"), utc("2024-01-02T12:00:00Z"))).toBe(1);
  });
});

describe("working-day properties", () => {
  const instant = fc.date({
    min: utc("2024-01-01T00:00:00Z"),
    max: utc("2029-06-30T22:59:59.999Z"),
    noInvalidDate: true,
  });
  const days = fc.integer({ min: 1, max: 250 });

  it("always lands on a working day", () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 0, max: 250 }), (d, n) => isWorkingDay(addWorkingDays(d, n))),
    );
  });

  it("lands on the last millisecond of a London day", () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 0, max: 250 }), (d, n) => {
        const end = addWorkingDays(d, n);
        return londonDate(new Date(end.getTime() + 1)) !== londonDate(end);
      }),
    );
  });

  it("lands strictly after the start date when adding at least one day", () => {
    fc.assert(fc.property(instant, days, (d, n) => londonDate(addWorkingDays(d, n)) > londonDate(d)));
  });

  it("composes: adding a then b equals adding a + b", () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 120 }), fc.integer({ min: 1, max: 120 }), (d, a, b) => {
        expect(addWorkingDays(addWorkingDays(d, a), b)).toEqual(addWorkingDays(d, a + b));
      }),
    );
  });

  it("counts back what it added", () => {
    fc.assert(fc.property(instant, days, (d, n) => workingDaysBetween(d, addWorkingDays(d, n)) === n));
  });

  it("is monotonic in the number of days", () => {
    fc.assert(
      fc.property(
        instant,
        fc.integer({ min: 1, max: 249 }),
        fc.integer({ min: 1, max: 100 }),
        (d, n, extra) => {
          return addWorkingDays(d, n).getTime() < addWorkingDays(d, n + extra).getTime();
        },
      ),
    );
  });

  it("zero days is never later than one (equal when the start is not a working day)", () => {
    // Found by fast-check: from a bank holiday, 0 days and 1 day both end on the next working day.
    fc.assert(
      fc.property(instant, (d) => {
        const zero = addWorkingDays(d, 0).getTime();
        const one = addWorkingDays(d, 1).getTime();
        return isWorkingDay(d) ? zero < one : zero === one;
      }),
    );
  });

  it("treats weekends and bank holidays as non-working and everything else as working", () => {
    fc.assert(
      fc.property(instant, (d) => {
        const date = londonDate(d);
        const weekend = [0, 6].includes(weekdayOf(date));
        return isWorkingDay(d) === !(weekend || bankHolidays.has(date));
      }),
    );
  });

  it("treats every listed bank holiday as non-working at any time of that day", () => {
    for (const holiday of bankHolidays) {
      // Noon UTC is the same London date in both GMT and BST.
      expect(isWorkingDay(utc(`${holiday}T12:00:00Z`)), holiday).toBe(false);
      expect(isWorkingDay(endOfLondonDay(holiday)), holiday).toBe(false);
    }
  });
});
