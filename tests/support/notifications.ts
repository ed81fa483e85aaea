import { expect } from "vitest";
import { londonDate } from "#shared/time/index.ts";
import { as } from "./evaluation.ts";
import { portalNow } from "./opportunities.ts";

export interface SeenNotification {
  id: string;
  title: string;
  body: string;
  href?: string;
  read: boolean;
}

export interface SeenEmail {
  id: string;
  to: string[];
  subject: string;
  body: string;
}

/** Every page of a list as a user (notifications are newest first, so pages are few in a test run). */
const everyPage = async <T>(userId: string, path: string): Promise<T[]> => {
  const items: T[] = [];
  let cursor: string | undefined;
  do {
    const separator = path.includes("?") ? "&" : "?";
    const res = await as(
      userId,
      "GET",
      `${path}${separator}limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`,
    );
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    items.push(...(res.body.items as T[]));
    cursor = res.body.nextCursor;
  } while (cursor);
  return items;
};

/** The user's (or their organisation's) notifications that link to `href`. */
export const notificationsLinkingTo = async (userId: string, href: string) =>
  (await everyPage<SeenNotification>(userId, "/api/notifications")).filter((n) => n.href === href);

/** The e-mails queued today (by the portal's clock) whose subject is `subject`. */
export const emailsWithSubject = async (subject: string) => {
  const date = londonDate(await portalNow());
  return (
    await everyPage<SeenEmail>("user-commissioner-london", `/api/notifications/outbox?date=${date}`)
  ).filter((e) => e.subject === subject);
};

/** The header's unread count for a user. */
export const unreadFor = async (userId: string): Promise<number> => {
  const res = await as(userId, "GET", "/api/notifications/unread-count");
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.unread as number;
};
