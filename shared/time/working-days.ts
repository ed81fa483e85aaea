import { bankHolidayOn } from "./bank-holidays.ts";
import { endOfLondonDay, londonDate } from "./london.ts";

export { londonDate } from "./london.ts";

const dayMs = 24 * 60 * 60 * 1000;

// Calendar dates are handled as YYYY-MM-DD strings on a UTC grid, where every day is exactly 24 hours;
// London's clock changes only matter when converting to and from instants.

function nextDate(isoDate: string): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + dayMs).toISOString().slice(0, 10);
}

// Every year has bank holidays: published ones where GOV.UK lists them, projected by the rules elsewhere.
function isWorkingDate(isoDate: string): boolean {
  const weekday = new Date(`${isoDate}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !bankHolidayOn(isoDate);
}

/** Whether the London calendar date of this instant is a working day (Monday–Friday, not a bank holiday). */
export function isWorkingDay(date: Date): boolean {
  return isWorkingDate(londonDate(date));
}

/**
 * The end (23:59:59.999 London time) of the `days`-th working day after the London date of `start`.
 * With `days` = 0 it is the end of start's own date if that is a working day, otherwise the end of the
 * next working day, so a deadline of "0 working days" never lands on a weekend or bank holiday.
 */
export function addWorkingDays(start: Date, days: number): Date {
  if (!Number.isInteger(days) || days < 0) {
    throw new RangeError(`Working days to add must be a whole number of 0 or more, not ${days}`);
  }
  let current = londonDate(start);
  if (days === 0) {
    while (!isWorkingDate(current)) current = nextDate(current);
    return endOfLondonDay(current);
  }
  let remaining = days;
  while (remaining > 0) {
    current = nextDate(current);
    if (isWorkingDate(current)) remaining -= 1;
  }
  return endOfLondonDay(current);
}

/** Working days after the London date of `from` up to and including that of `to`; 0 if `to` is not later. */
export function workingDaysBetween(from: Date, to: Date): number {
  const fromDate = londonDate(from);
  const toDate = londonDate(to);
  let count = 0;
  for (let current = nextDate(fromDate); current <= toDate; current = nextDate(current)) {
    if (isWorkingDate(current)) count += 1;
  }
  return count;
}
