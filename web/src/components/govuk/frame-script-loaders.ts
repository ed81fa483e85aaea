/** Loaders for the frame's GOV.UK Frontend scripts; stable functions, so effects run once per element. */
export const loadButton = () => import("./frame-scripts.ts").then((m) => m.Button);
export const loadErrorSummary = () => import("./frame-scripts.ts").then((m) => m.ErrorSummary);
export const loadNotificationBanner = () => import("./frame-scripts.ts").then((m) => m.NotificationBanner);
export const loadServiceNavigation = () => import("./frame-scripts.ts").then((m) => m.ServiceNavigation);
export const loadSkipLink = () => import("./frame-scripts.ts").then((m) => m.SkipLink);
