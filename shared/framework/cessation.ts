import * as z from "zod";

/**
 * The end of the dynamic market (issue 20): a framework administrator announces the date it ceases to
 * operate and why. From that date on (London calendar) it admits no one and runs no new call-off
 * competitions; contracts already awarded carry on until they end.
 */
export const cessationReasonMaxLength = 1000;

/** What the administrator announces: the date the market closes and why. */
export const announceCessationSchema = z.object({
  closesOn: z.iso.date({
    message: "Enter the date the dynamic market closes as a real date, for example 2027-04-01",
  }),
  reason: z
    .string({ message: "Write the reason as text" })
    .trim()
    .min(1, "Write why the dynamic market is ending")
    .max(cessationReasonMaxLength, "The reason must be 1,000 characters or fewer"),
});
export type AnnounceCessation = z.infer<typeof announceCessationSchema>;

export const marketStatuses = ["open", "closing", "closed"] as const;
/** open: no end announced; closing: an end is announced and still to come; closed: the date has come. */
export type MarketStatus = (typeof marketStatuses)[number];

/** The market's state as anyone signed in reads it (the reason is published in the cessation notice). */
export const cessationSchema = z.object({
  status: z.enum(marketStatuses),
  closesOn: z.iso.date().optional(),
  reason: z.string().optional(),
  announcedAt: z.iso.datetime().optional(),
});
export type Cessation = z.infer<typeof cessationSchema>;

/** The market's status on a London calendar day (YYYY-MM-DD), given the announced closing date. */
export const marketStatusOn = (closesOn: string | undefined, today: string): MarketStatus =>
  closesOn === undefined ? "open" : today >= closesOn ? "closed" : "closing";

const months = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** A calendar date as people read it: "5 January 2027". */
export const formatCalendarDate = (isoDate: string): string => {
  const [year, month, day] = isoDate.split("-").map(Number);
  return `${day} ${months[(month ?? 1) - 1]} ${year}`;
};

/** The banner the framework pages show while the market is closing or once it has closed. */
export const cessationBanner = (cessation: Cessation): string | undefined =>
  cessation.status === "closing" && cessation.closesOn
    ? `This dynamic market closes on ${formatCalendarDate(cessation.closesOn)}`
    : cessation.status === "closed" && cessation.closesOn
      ? `This dynamic market closed on ${formatCalendarDate(cessation.closesOn)}`
      : undefined;
