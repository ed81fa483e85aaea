import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bankHolidaySnapshot } from "./bank-holiday-snapshot.ts";
import {
  bankHolidayCoverage,
  bankHolidayOn,
  bankHolidaysIn,
  easterSunday,
  projectedBankHolidays,
} from "./bank-holidays.ts";
import { addWorkingDays, isWorkingDay, workingDaysBetween } from "./working-days.ts";

const years = Array.from(
  { length: bankHolidayCoverage.to - bankHolidayCoverage.from + 1 },
  (_, i) => bankHolidayCoverage.from + i,
);

describe("projected bank holidays", () => {
  it.each(years)("match GOV.UK's published list for %i, substitute days included", (year) => {
    const published = bankHolidaySnapshot.events.filter((e) => e.date.startsWith(`${year}-`));
    expect(projectedBankHolidays(year).map(({ date, title }) => ({ date, title }))).toEqual(published);
  });

  it("find Easter on the known dates", () => {
    expect(easterSunday(1970)).toBe("1970-03-29");
    expect(easterSunday(2038)).toBe("2038-04-25");
    expect(easterSunday(2200)).toBe("2200-04-06");
  });

  it("are flagged as projected outside the published years, and only there", () => {
    expect(bankHolidayOn("2031-12-25")).toEqual({
      date: "2031-12-25",
      title: "Christmas Day",
      projected: true,
    });
    expect(bankHolidayOn("2026-12-28")).toEqual({
      date: "2026-12-28",
      title: "Boxing Day",
      projected: false,
    });
    expect(bankHolidaysIn(2100).every((h) => h.projected)).toBe(true);
  });

  it("substitute a weekend Christmas and New Year on the following weekdays", () => {
    // 2032: Christmas Day is a Saturday; 2033: a Sunday; 2039: New Year's Day is a Saturday.
    expect(
      bankHolidaysIn(2032)
        .slice(-2)
        .map((h) => h.date),
    ).toEqual(["2032-12-27", "2032-12-28"]);
    expect(
      bankHolidaysIn(2033)
        .slice(-2)
        .map((h) => h.date),
    ).toEqual(["2033-12-26", "2033-12-27"]);
    expect(bankHolidaysIn(2039)[0]?.date).toBe("2039-01-03");
  });
});

describe("working days never run out", () => {
  const instant = fc.date({
    min: new Date("1970-01-01T00:00:00Z"),
    max: new Date("2200-12-31T23:59:59Z"),
    noInvalidDate: true,
  });

  it("no date from 1970 to 2200 throws, and every deadline lands on a working day", () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 0, max: 30 }), (start, days) => {
        const deadline = addWorkingDays(start, days);
        expect(isWorkingDay(deadline)).toBe(true);
        expect(workingDaysBetween(start, deadline)).toBe(days === 0 && !isWorkingDay(start) ? 1 : days);
      }),
      { numRuns: 500 },
    );
  });
});
