import { formatCalendarDate } from "../time/calendar-date.ts";

/**
 * The dynamic market's status as the framework pages and the notices read it, without the request
 * schemas (kept out of the functions that only need the status: ADR 0013).
 */
export const marketStatuses = ["open", "closing", "closed"] as const;
/** open: no end announced; closing: an end is announced and still to come; closed: the date has come. */
export type MarketStatus = (typeof marketStatuses)[number];

/** The market's status on a London calendar day (YYYY-MM-DD), given the announced closing date. */
export const marketStatusOn = (closesOn: string | undefined, today: string): MarketStatus =>
  closesOn === undefined ? "open" : today >= closesOn ? "closed" : "closing";

/** The banner the framework pages show while the market is closing or once it has closed. */
export const cessationBanner = (cessation: {
  status: MarketStatus;
  closesOn?: string | undefined;
}): string | undefined =>
  cessation.status === "closing" && cessation.closesOn
    ? `This dynamic market closes on ${formatCalendarDate(cessation.closesOn)}`
    : cessation.status === "closed" && cessation.closesOn
      ? `This dynamic market closed on ${formatCalendarDate(cessation.closesOn)}`
      : undefined;
