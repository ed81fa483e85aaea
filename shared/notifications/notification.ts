import * as z from "zod";
import { pageSchema } from "../common/pagination.ts";

/** An in-app notification: short, and free of personal data (a reference and what happened). */
export const notificationSchema = z.object({
  id: z.string(),
  title: z.string(),
  body: z.string(),
  /** A page of the portal to open, e.g. `/referrals/01J…`. */
  href: z.string().optional(),
  at: z.iso.datetime(),
  read: z.boolean(),
});
export type Notification = z.infer<typeof notificationSchema>;
export const notificationPageSchema = pageSchema(notificationSchema);

/** An e-mail waiting in the outbox (the local stack shows it on a page instead of sending it). */
export const outboxEmailSchema = z.object({
  id: z.string(),
  to: z.array(z.string()),
  subject: z.string(),
  body: z.string(),
  at: z.iso.datetime(),
});
export type OutboxEmail = z.infer<typeof outboxEmailSchema>;
export const outboxPageSchema = pageSchema(outboxEmailSchema);

/** The header's figure: how many of the caller's notifications are unread. */
export const unreadCountSchema = z.object({ unread: z.number().int().min(0) });
export type UnreadCount = z.infer<typeof unreadCountSchema>;
