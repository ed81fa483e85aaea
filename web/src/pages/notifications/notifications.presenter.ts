import type { Notification } from "#shared/notifications/notification.ts";

/** What the notification centre shows around a page of notifications. */
export interface NotificationsView {
  /** What to say when the page is empty: nothing at all, or nothing more after the pages read. */
  empty: string | undefined;
  nextHref: string | undefined;
  /** A way back to the first page, once past it. */
  backToNewest: boolean;
}

/** The notification centre's view of one page (`cursor` is the address's, null on the first page). */
export function notificationsView(
  page: { items: readonly unknown[]; nextCursor?: string | undefined },
  cursor: string | null,
): NotificationsView {
  return {
    empty:
      page.items.length > 0
        ? undefined
        : cursor
          ? "There are no more notifications."
          : "You have no notifications.",
    nextHref: page.nextCursor
      ? `/notifications?${new URLSearchParams({ cursor: page.nextCursor }).toString()}`
      : undefined,
    backToNewest: cursor !== null && cursor !== "",
  };
}

/** The button that marks a notification the other way, and what a screen reader hears once it has. */
export const toggleText = (n: Pick<Notification, "read" | "title">) => ({
  button: n.read ? "Mark as unread" : "Mark as read",
  announcement: `${n.title}: marked as ${n.read ? "unread" : "read"}.`,
});
