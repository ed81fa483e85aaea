import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatDeadline } from "./format-deadline.ts";

// Deadlines were once formatted with date-fns; this holds the Intl version to the same words.
const fromDateFns = (iso: string) =>
  `${format(new TZDate(iso, "Europe/London"), "h:mmaaa 'on' d MMMM yyyy")} (UK time)`;

const instants = fc
  .date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2100-12-31T23:59:59Z"), noInvalidDate: true })
  .map((date) => date.toISOString());

describe("formatDeadline", () => {
  it("reads as people in England and Wales read a deadline, in UK time", () => {
    expect(formatDeadline("2026-12-14T12:00:00.000Z")).toBe("12:00pm on 14 December 2026 (UK time)");
    // British Summer Time: 23:30 UTC on 30 June is 12:30am on 1 July in London.
    expect(formatDeadline("2026-06-30T23:30:00.000Z")).toBe("12:30am on 1 July 2026 (UK time)");
    expect(formatDeadline("2027-03-28T00:59:59.000Z")).toBe("12:59am on 28 March 2027 (UK time)");
  });

  it("writes every instant as date-fns did, across clock changes, midnight and noon", () => {
    fc.assert(
      fc.property(instants, (iso) => {
        expect(formatDeadline(iso)).toBe(fromDateFns(iso));
      }),
      { numRuns: 3_000 },
    );
  });

  it("refuses what is not a time, as date-fns did", () => {
    expect(() => formatDeadline("not a time")).toThrow(RangeError);
    expect(() => fromDateFns("not a time")).toThrow(RangeError);
  });
});
