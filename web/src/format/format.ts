// Dates are formatted with the browser's own Intl rather than date-fns, which would put about 7 KB
// (gzipped) of formatting code on first pages (issue 15). web/src/format/format.test.ts holds the output
// to date-fns' for the same patterns, so the words people read did not change.

import { formatCalendarDate } from "#shared/time/calendar-date.ts";

const london = "Europe/London";

// A 24-hour clock, so the 12-hour time and its "am"/"pm" are ours, not the locale data's spelling.
const londonDateTime = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  hour: "numeric",
  minute: "2-digit",
  hourCycle: "h23",
  timeZone: london,
});

/** A calendar date (YYYY-MM-DD) as "1 April 2027" (shared with the functions, which state dates too). */
export const formatDate = formatCalendarDate;

/** An instant as people in England and Wales read it: "14 December 2026 at 3:05pm". */
export function formatDateTime(iso: string): string {
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const part of londonDateTime.formatToParts(new Date(iso))) parts[part.type] = part.value;
  const hour = Number(parts.hour);
  return `${parts.day} ${parts.month} ${parts.year} at ${hour % 12 || 12}:${parts.minute}${hour < 12 ? "am" : "pm"}`;
}

const pounds = new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP" });

/** Pence as "£1,250.00". */
export function formatPence(pence: number): string {
  return pounds.format(pence / 100);
}

/** "1 word", "12 words". */
export function plural(count: number, one: string, other = `${one}s`): string {
  return `${count.toLocaleString("en-GB")} ${count === 1 ? one : other}`;
}
