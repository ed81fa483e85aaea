import * as z from "zod";
import { marketStatuses } from "./market-status.ts";

export * from "./market-status.ts";

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

/** The market's state as anyone signed in reads it (the reason is published in the cessation notice). */
export const cessationSchema = z.object({
  status: z.enum(marketStatuses),
  closesOn: z.iso.date().optional(),
  reason: z.string().optional(),
  announcedAt: z.iso.datetime().optional(),
});
export type Cessation = z.infer<typeof cessationSchema>;
