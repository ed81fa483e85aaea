import type * as z from "zod";
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

export interface ApiRequest<T> {
  method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** The response body's schema: the response is parsed, so a contract break fails loudly here. */
  schema: z.ZodType<T>;
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

/**
 * Calls the portal API as the signed-in user. Failed calls throw an ApiError (problem+json parsed);
 * a 401 means the token is missing or expired, so the session ends and the sign-in guard takes over.
 */
export async function apiFetch<T>(path: string, request: ApiRequest<T>): Promise<T> {
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
  if (response.status === 204) return request.schema.parse(undefined);
  return request.schema.parse(await response.json());
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
