// Formatted with Intl rather than date-fns' `format`, whose formatters and English locale put about
// 19 KB into every function that states a deadline (issue 15, ADR 0013). format-deadline.test.ts holds
// the output to date-fns' for the same pattern.

// A 24-hour clock, so the 12-hour time and its "am"/"pm" are ours, not the locale data's spelling. Built
// on first use: nothing expensive at import (cold starts).
let londonDateTime: Intl.DateTimeFormat | undefined;

/** A deadline as people in England and Wales read it, e.g. "12:00pm on 14 December 2026 (UK time)". */
export const formatDeadline = (iso: string): string => {
  londonDateTime ??= new Intl.DateTimeFormat("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "numeric",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone: "Europe/London",
  });
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new RangeError("Invalid time value");
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const part of londonDateTime.formatToParts(date)) parts[part.type] = part.value;
  const hour = Number(parts.hour);
  const time = `${hour % 12 || 12}:${parts.minute}${hour < 12 ? "am" : "pm"}`;
  return `${time} on ${parts.day} ${parts.month} ${parts.year} (UK time)`;
};
