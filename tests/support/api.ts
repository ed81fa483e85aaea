import { inject } from "vitest";
import { demoTokens } from "../../infra/local/oidc/password-client.ts";

/** The local gateway the global setup started. */
export const gatewayUrl = () => inject("gatewayUrl");

/**
 * Signs in as a seeded demo user (their e-mail and the demo password) with the local provider's password
 * grant, the twin of Cognito's USER_PASSWORD_AUTH, and returns the ID token.
 */
export const tokenFor = async (userId: string): Promise<string> =>
  (await demoTokens(gatewayUrl(), userId)).id_token;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read arbitrary JSON bodies and assert on their shape.
type Json = any;

/** Calls the API as the given token (or anonymously) and returns status, headers and parsed body. */
export const api = async (
  method: string,
  path: string,
  options: {
    token?: string;
    body?: unknown;
    rawBody?: string;
    headers?: Record<string, string>;
    signal?: AbortSignal;
  } = {},
) => {
  const res = await fetch(`${gatewayUrl()}${path}`, {
    method,
    ...(options.signal ? { signal: options.signal } : {}),
    headers: {
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...(options.body !== undefined || options.rawBody !== undefined
        ? { "content-type": "application/json" }
        : {}),
      ...options.headers,
    },
    ...(options.rawBody !== undefined
      ? { body: options.rawBody }
      : options.body !== undefined
        ? { body: JSON.stringify(options.body) }
        : {}),
  });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    // not JSON: keep the text
  }
  return { status: res.status, headers: res.headers, body: body as Json };
};

/**
 * Every item of a paged list, following each page's cursor: what a person sees by following "Next"
 * to the end. Lists other tests have added to are longer than one page.
 */
export const allItems = async (path: string, token: string): Promise<Json[]> => {
  const items: Json[] = [];
  let cursor: string | undefined;
  do {
    const separator = path.includes("?") ? "&" : "?";
    const res = await api("GET", cursor ? `${path}${separator}cursor=${encodeURIComponent(cursor)}` : path, {
      token,
    });
    if (res.status !== 200) throw new Error(`${path} answered ${res.status}: ${JSON.stringify(res.body)}`);
    items.push(...(res.body.items as Json[]));
    cursor = res.body.nextCursor as string | undefined;
  } while (cursor);
  return items;
};

/** Moves the portal's clock (local stack only): to an instant (optionally frozen there) or by an offset. */
export const setClock = async (input: { now?: string; frozen?: boolean; offsetMs?: number }) => {
  const res = await fetch(`${gatewayUrl()}/__local/clock`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(input),
  });
  if (!res.ok) throw new Error(`Could not set the clock: ${res.status}`);
};
