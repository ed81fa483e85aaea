import { sessionStore } from "../auth/session-store.ts";
import { ApiError, apiErrorFrom } from "./api-error.ts";

let apiBaseUrl = "";

/** Where `/api/...` lives: the same origin locally, the config's `apiBaseUrl` in the cloud. */
export function setApiBaseUrl(url: string): void {
  apiBaseUrl = url.replace(/\/$/, "");
}

/** The full address of an API path (for downloads that cannot go through `apiFetch`). */
export function apiUrl(path: string): string {
  return `${apiBaseUrl}${path}`;
}

/**
 * One call's options. There is no response schema: the API is ours and validates at its edge, and the
 * integration tests hold its answers to the shared contracts, so the browser types the answer with the
 * contract's type and does not ship zod to parse it again (ADR 0021, browser validation).
 */
export interface ApiRequest {
  method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

/**
 * Calls the portal API as the signed-in user; `T` is the route's response contract (a type-only import).
 * Failed calls throw an ApiError (problem+json read); a 401 means the token is missing or expired, so the
 * session ends and the sign-in guard takes over.
 */
export async function apiFetch<T>(path: string, request: ApiRequest = {}): Promise<T> {
  const session = sessionStore.get();
  const headers: Record<string, string> = { accept: "application/json", ...request.headers };
  if (session !== null) headers.authorization = `Bearer ${session.idToken}`;
  if (request.body !== undefined) headers["content-type"] = "application/json";
  const response = await fetch(`${apiBaseUrl}${path}`, {
    method: request.method ?? "GET",
    headers,
    ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
    ...(request.signal === undefined ? {} : { signal: request.signal }),
  });
  if (response.status === 401) {
    sessionStore.clear("expired");
    throw await apiErrorFrom(response);
  }
  if (!response.ok) throw await apiErrorFrom(response);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

export { ApiError };

/**
 * Fetches a file from the API as the signed-in user and hands it to the browser as a download (the API
 * needs the token, so a plain link cannot fetch it).
 */
export async function downloadFile(path: string, filename: string, accept = "text/csv"): Promise<void> {
  const session = sessionStore.get();
  const response = await fetch(apiUrl(path), {
    headers: { accept, ...(session ? { authorization: `Bearer ${session.idToken}` } : {}) },
  });
  if (!response.ok) throw await apiErrorFrom(response);
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  link.click();
  URL.revokeObjectURL(url);
}
