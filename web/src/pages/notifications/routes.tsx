import { only } from "../../app/only.tsx";
import { NotificationsPage, OutboxPage } from "./NotificationsPage.tsx";

const everyone = ["responsible-officer", "provider", "commissioner"] as const;

/** The notification centre (every role) and the local stack's e-mail outbox. */
export const notificationRoutes = [
  only(everyone, "notifications", <NotificationsPage />),
  only(everyone, "outbox", <OutboxPage />),
];
