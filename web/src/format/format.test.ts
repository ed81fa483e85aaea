import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime } from "./format.ts";

// The pages once formatted with date-fns; these hold the Intl version to the same words.
const fromDateFns = {
  date: (iso: string) => {
    const [year, month, day] = iso.split("-").map(Number) as [number, number, number];
    return format(new Date(year, month - 1, day), "d MMMM yyyy");
  },
  dateTime: (iso: string) => format(new TZDate(iso, "Europe/London"), "d MMMM yyyy 'at' h:mmaaa"),
};

const instants = fc
  .date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2100-12-31T23:59:59Z"), noInvalidDate: true })
  .map((date) => date.toISOString());

describe("formatDateTime", () => {
  it("reads as people in England and Wales read a time, in UK time", () => {
    expect(formatDateTime("2026-12-14T15:05:00.000Z")).toBe("14 December 2026 at 3:05pm");
    // British Summer Time: 11:30 UTC is 12:30pm in London.
    expect(formatDateTime("2026-07-01T11:30:00.000Z")).toBe("1 July 2026 at 12:30pm");
    expect(formatDateTime("2026-01-01T00:00:00.000Z")).toBe("1 January 2026 at 12:00am");
  });

  it("writes every instant as date-fns did, across clock changes, midnight and noon", () => {
    fc.assert(
      fc.property(instants, (iso) => {
        expect(formatDateTime(iso)).toBe(fromDateFns.dateTime(iso));
      }),
      {
        numRuns: 2_000,
      },
    );
  });
});

describe("formatDate", () => {
  it("writes a calendar date the same wherever the browser is", () => {
    expect(formatDate("2027-04-01")).toBe("1 April 2027");
    expect(formatDate("2026-09-30")).toBe("30 September 2026");
  });

  it("writes every calendar date as date-fns did", () => {
    fc.assert(
      fc.property(instants, (iso) => {
        const day = iso.slice(0, 10);
        expect(formatDate(day)).toBe(fromDateFns.date(day));
      }),
      { numRuns: 1_000 },
    );
  });
});
