import * as z from "zod";
import { pageQuerySchema } from "#shared/common/pagination.ts";
import {
  notificationPageSchema,
  notificationSchema,
  outboxPageSchema,
  unreadCountSchema,
} from "#shared/notifications/notification.ts";
import { defineRoutes } from "../platform/route.ts";

const context = "notifications";

/** In-app notifications, and the local stack's e-mail outbox. */
export const listNotificationsRoute = {
  operationId: "listNotifications",
  method: "GET",
  path: "/api/notifications",
  summary: "The caller's notifications (a provider's go to its organisation), newest first",
  context,
  handler: "notifications/list-notifications.ts",
  access: "authenticated",
  request: { query: pageQuerySchema },
  response: { status: 200, description: "A page of notifications", schema: notificationPageSchema },
  grants: { table: "read" },
} as const;

const notificationParams = z.object({
  notificationId: z
    .string({ message: "Check the address: it has no notification reference" })
    .max(26, "Check the address: that is not a notification reference")
    .regex(/^[0-9A-Z]{26}$/, "Check the address: that is not a notification reference"),
});

export const markNotificationReadRoute = {
  operationId: "markNotificationRead",
  method: "POST",
  path: "/api/notifications/{notificationId}/read",
  summary: "Mark one of the caller's notifications read (already read: no change)",
  context,
  handler: "notifications/mark-read.ts",
  access: "authenticated",
  request: { params: notificationParams },
  response: { status: 200, description: "The notification", schema: notificationSchema },
  grants: { table: "readwrite" },
} as const;

export const markNotificationUnreadRoute = {
  operationId: "markNotificationUnread",
  method: "POST",
  path: "/api/notifications/{notificationId}/unread",
  summary: "Mark one of the caller's notifications unread again (already unread: no change)",
  context,
  handler: "notifications/mark-unread.ts",
  access: "authenticated",
  request: { params: notificationParams },
  response: { status: 200, description: "The notification", schema: notificationSchema },
  grants: { table: "readwrite" },
} as const;

export const unreadCountRoute = {
  operationId: "countUnreadNotifications",
  method: "GET",
  path: "/api/notifications/unread-count",
  summary: "How many of the caller's notifications are unread (for the header)",
  context,
  handler: "notifications/unread-count.ts",
  access: "authenticated",
  response: { status: 200, description: "The unread count", schema: unreadCountSchema },
  grants: { table: "read" },
} as const;

export const listOutboxRoute = {
  operationId: "listOutbox",
  method: "GET",
  path: "/api/notifications/outbox",
  summary: "Local stack only: the e-mails the portal would have sent on a day (UK date), newest first",
  context,
  handler: "notifications/list-outbox.ts",
  access: "authenticated",
  request: {
    query: pageQuerySchema.extend({
      date: z.iso.date({ message: "Enter the date as YYYY-MM-DD" }).optional(),
    }),
  },
  response: { status: 200, description: "A page of e-mails", schema: outboxPageSchema },
  grants: { table: "read" },
} as const;

export const notificationRoutes = defineRoutes([
  listOutboxRoute,
  unreadCountRoute,
  listNotificationsRoute,
  markNotificationReadRoute,
  markNotificationUnreadRoute,
]);
