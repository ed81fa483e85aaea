import { lazyPage } from "../../app/lazy-page.tsx";
import { only } from "../../app/only.tsx";

const NotificationsPage = lazyPage(() => import("./NotificationsPage.tsx"), "NotificationsPage");
const OutboxPage = lazyPage(() => import("./NotificationsPage.tsx"), "OutboxPage");

const everyone = ["responsible-officer", "provider", "commissioner"] as const;

/** The notification centre (every role) and the local stack's e-mail outbox. */
export const notificationRoutes = [
  only(everyone, "notifications", <NotificationsPage />),
  only(everyone, "outbox", <OutboxPage />),
];
