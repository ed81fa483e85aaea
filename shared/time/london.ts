import { TZDate } from "@date-fns/tz";

const london = "Europe/London";

function assertValid(date: Date): void {
  if (Number.isNaN(date.getTime())) throw new RangeError("Invalid date: expected a real point in time");
}

/** The calendar date (YYYY-MM-DD) in London at the given instant, whatever the server's time zone. */
export function londonDate(date: Date): string {
  assertValid(date);
  const local = new TZDate(date.getTime(), london);
  const month = String(local.getMonth() + 1).padStart(2, "0");
  const day = String(local.getDate()).padStart(2, "0");
  return `${String(local.getFullYear()).padStart(4, "0")}-${month}-${day}`;
}

/** The last millisecond (23:59:59.999 London time) of a London calendar date given as YYYY-MM-DD. */
export function endOfLondonDay(isoDate: string): Date {
  const [year, month, day] = isoDate.split("-").map(Number);
  if (year === undefined || month === undefined || day === undefined) {
    throw new RangeError(`Invalid calendar date "${isoDate}": expected YYYY-MM-DD`);
  }
  // A plain Date, not the TZDate, so callers get ordinary UTC serialisation.
  return new Date(new TZDate(year, month - 1, day, 23, 59, 59, 999, london).getTime());
}

/** The first millisecond (00:00 London time) of a London calendar date given as YYYY-MM-DD. */
export function startOfLondonDay(isoDate: string): Date {
  const [year, month, day] = isoDate.split("-").map(Number);
  if (year === undefined || month === undefined || day === undefined) {
    throw new RangeError(`Invalid calendar date "${isoDate}": expected YYYY-MM-DD`);
  }
  return new Date(new TZDate(year, month - 1, day, 0, 0, 0, 0, london).getTime());
}
