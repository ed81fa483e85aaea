// Intl rather than date-fns' `format`, whose formatters and locale would weigh on every bundle and first
// page (issue 15); web/src/format/format.test.ts holds the output to date-fns' for the same pattern.
// Built on first use: nothing expensive at import (cold starts).
let calendar: Intl.DateTimeFormat | undefined;

/** A calendar date (YYYY-MM-DD) as people read it: "1 April 2027". */
export const formatCalendarDate = (isoDate: string): string => {
  calendar ??= new Intl.DateTimeFormat("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
  const [year, month, day] = isoDate.split("-").map(Number) as [number, number, number];
  // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear does not.
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  return calendar.format(date);
};
