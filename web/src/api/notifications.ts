import { useQuery } from "@tanstack/react-query";
import type { Notification, OutboxEmail, UnreadCount } from "#shared/notifications/notification.ts";
import { useSession } from "../auth/use-session.ts";
import { apiFetch } from "./client.ts";
import type { Page } from "./contract.ts";

export const notificationKeys = {
  all: ["notifications"] as const,
  page: (cursor: string | null) => ["notifications", "page", cursor ?? ""] as const,
  unread: ["notifications", "unread"] as const,
};

const useSignedIn = () => useSession() !== null;

/** `GET /api/notifications`: one page of the caller's notifications, newest first. */
export function useNotifications(cursor: string | null) {
  const signedIn = useSignedIn();
  const query = new URLSearchParams({ limit: "20", ...(cursor ? { cursor } : {}) });
  return useQuery({
    queryKey: notificationKeys.page(cursor),
    queryFn: ({ signal }) =>
      apiFetch<Page<Notification>>(`/api/notifications?${query.toString()}`, { signal }),
    enabled: signedIn,
  });
}

/** `GET /api/notifications/unread-count`, for the header; checked again every minute. */
export function useUnreadCount() {
  const signedIn = useSignedIn();
  return useQuery({
    queryKey: notificationKeys.unread,
    queryFn: ({ signal }) => apiFetch<UnreadCount>("/api/notifications/unread-count", { signal }),
    enabled: signedIn,
    staleTime: 0,
    refetchInterval: 60_000,
  });
}

/** `GET /api/notifications/outbox` (local stack only). */
export function useOutbox() {
  const signedIn = useSignedIn();
  return useQuery({
    queryKey: ["outbox"],
    queryFn: ({ signal }) => apiFetch<Page<OutboxEmail>>("/api/notifications/outbox?limit=50", { signal }),
    enabled: signedIn,
  });
}

/** `POST /api/notifications/{id}/read` or `/unread`. */
export function markNotification(id: string, read: boolean) {
  return apiFetch<Notification>(`/api/notifications/${id}/${read ? "read" : "unread"}`, { method: "POST" });
}
