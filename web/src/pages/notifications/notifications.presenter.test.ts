import { describe, expect, it } from "vitest";
import { notificationsView, toggleText } from "./notifications.presenter.ts";

describe("the notification centre", () => {
  it("says there is nothing, or nothing more, on an empty page", () => {
    expect(notificationsView({ items: [] }, null).empty).toBe("You have no notifications.");
    expect(notificationsView({ items: [] }, "c2").empty).toBe("There are no more notifications.");
    expect(notificationsView({ items: [{}] }, null).empty).toBeUndefined();
  });

  it("links to the next page, and back to the newest once past the first", () => {
    expect(notificationsView({ items: [{}], nextCursor: "a b" }, null)).toEqual({
      empty: undefined,
      nextHref: "/notifications?cursor=a+b",
      backToNewest: false,
    });
    expect(notificationsView({ items: [{}] }, "c2")).toMatchObject({
      nextHref: undefined,
      backToNewest: true,
    });
  });

  it("offers to mark a notification the other way and announces what was done", () => {
    expect(toggleText({ read: false, title: "New question" })).toEqual({
      button: "Mark as read",
      announcement: "New question: marked as read.",
    });
    expect(toggleText({ read: true, title: "New question" }).button).toBe("Mark as unread");
  });
});
