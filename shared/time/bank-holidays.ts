import { bankHolidaySnapshot } from "./bank-holiday-snapshot.ts";

// Published dates first: substitute days and one-off holidays (coronations, funerals, jubilees) are
// announced by proclamation, so GOV.UK's list is the honest source for the years it covers. Beyond it,
// the statutory pattern is projected so that working days never run out, and each projected day says so.

/** One England and Wales bank holiday; `projected` when it comes from the rules, not the published list. */
export interface BankHoliday {
  date: string;
  title: string;
  projected: boolean;
}

/** The years the published snapshot covers; other years are projected. */
export const bankHolidayCoverage = { from: bankHolidaySnapshot.from, to: bankHolidaySnapshot.to } as const;

/** The published bank holidays (YYYY-MM-DD), substitute days included. */
export const bankHolidays: ReadonlySet<string> = new Set(bankHolidaySnapshot.events.map((e) => e.date));

const iso = (year: number, month: number, day: number) =>
  `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
const weekday = (year: number, month: number, day: number) =>
  new Date(Date.UTC(year, month - 1, day)).getUTCDay();
const shift = (year: number, month: number, day: number, days: number) =>
  new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);

/** Easter Sunday (Gregorian), by the anonymous algorithm (Meeus/Jones/Butcher). */
export const easterSunday = (year: number): string => {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return iso(year, month, day);
};

const firstMonday = (year: number, month: number) => 1 + ((8 - weekday(year, month, 1)) % 7);
const lastMonday = (year: number, month: number, days: number) =>
  days - ((weekday(year, month, days) + 6) % 7);

/**
 * The statutory pattern (Banking and Financial Dealings Act 1971 and the royal proclamations that
 * settled it): New Year's Day, Good Friday, Easter Monday, the first and last Mondays of May, the last
 * Monday of August, Christmas Day and Boxing Day; a holiday on a weekend moves to the next weekday
 * that is not already a holiday.
 */
export const projectedBankHolidays = (year: number): BankHoliday[] => {
  const easter = easterSunday(year);
  const [ey, em, ed] = easter.split("-").map(Number) as [number, number, number];
  const newYear = weekday(year, 1, 1);
  const christmas = weekday(year, 12, 25);
  // Saturday → Monday 27th and Tuesday 28th; Sunday → Boxing Day Monday, Christmas Tuesday 27th; Friday → Boxing Day Monday 28th.
  const christmasDay = christmas === 6 || christmas === 0 ? 27 : 25;
  const boxingDay = christmas === 6 || christmas === 5 ? 28 : 26;
  const holiday = (date: string, title: string): BankHoliday => ({ date, title, projected: true });
  return [
    holiday(iso(year, 1, newYear === 6 ? 3 : newYear === 0 ? 2 : 1), "New Year’s Day"),
    holiday(shift(ey, em, ed, -2), "Good Friday"),
    holiday(shift(ey, em, ed, 1), "Easter Monday"),
    holiday(iso(year, 5, firstMonday(year, 5)), "Early May bank holiday"),
    holiday(iso(year, 5, lastMonday(year, 5, 31)), "Spring bank holiday"),
    holiday(iso(year, 8, lastMonday(year, 8, 31)), "Summer bank holiday"),
    holiday(iso(year, 12, christmasDay), "Christmas Day"),
    holiday(iso(year, 12, boxingDay), "Boxing Day"),
  ].sort((x, y) => (x.date < y.date ? -1 : 1));
};

const byYear = new Map<number, BankHoliday[]>();

/** A year's bank holidays: published ones inside the snapshot, projected ones outside it. */
export const bankHolidaysIn = (year: number): BankHoliday[] => {
  let holidays = byYear.get(year);
  if (!holidays) {
    holidays =
      year >= bankHolidayCoverage.from && year <= bankHolidayCoverage.to
        ? bankHolidaySnapshot.events
            .filter((e) => e.date.startsWith(`${year}-`))
            .map((e) => ({ date: e.date, title: e.title, projected: false }))
        : projectedBankHolidays(year);
    byYear.set(year, holidays);
  }
  return holidays;
};

/** The bank holiday on a London calendar date (YYYY-MM-DD), if there is one. */
export const bankHolidayOn = (isoDate: string): BankHoliday | undefined =>
  bankHolidaysIn(Number(isoDate.slice(0, 4))).find((h) => h.date === isoDate);
