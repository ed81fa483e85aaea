import * as z from "zod";
import { roleSchema } from "#shared/auth/roles.ts";

/** Who is signed in, as far as the browser knows before asking the API. */
const sessionSchema = z.object({
  idToken: z.string().min(1),
  user: z.object({ id: z.string(), name: z.string(), role: roleSchema.optional() }),
  /** Epoch milliseconds when the token stops working, read from its `exp` claim. */
  expiresAt: z.number().optional(),
});
export type Session = z.infer<typeof sessionSchema>;

/** Why the last session ended, so the sign-in page can say so. */
export type SessionEndReason = "signed-out" | "expired";

const storageKey = "dfp.session";
const endReasonKey = "dfp.session-ended";

/** The `exp` claim of a JWT in epoch milliseconds, or undefined when the token cannot be read. */
export function tokenExpiry(token: string): number | undefined {
  const payload = token.split(".")[1];
  if (payload === undefined) return undefined;
  try {
    const json = atob(payload.replace(/-/g, "+").replace(/_/g, "/"));
    const exp = (JSON.parse(json) as { exp?: unknown }).exp;
    return typeof exp === "number" ? exp * 1000 : undefined;
  } catch {
    return undefined;
  }
}

const isExpired = (session: Session) => session.expiresAt !== undefined && session.expiresAt <= Date.now();

function readStored(): Session | null {
  try {
    const raw = window.sessionStorage.getItem(storageKey);
    if (raw === null) return null;
    const parsed = sessionSchema.safeParse(JSON.parse(raw));
    if (!parsed.success || isExpired(parsed.data)) {
      window.sessionStorage.removeItem(storageKey);
      return null;
    }
    return parsed.data;
  } catch {
    return null;
  }
}

let current: Session | null = readStored();
const listeners = new Set<() => void>();
const notify = () => {
  for (const listener of listeners) listener();
};

// Ends the session when the token expires, so pages send the person to sign in again.
const maxTimeout = 2_147_483_647;
let expiryTimer: ReturnType<typeof setTimeout> | undefined;
function watchExpiry(session: Session | null) {
  clearTimeout(expiryTimer);
  if (session?.expiresAt === undefined) return;
  expiryTimer = setTimeout(
    () => sessionStore.clear("expired"),
    Math.min(Math.max(session.expiresAt - Date.now(), 0), maxTimeout),
  );
}

/**
 * The session: the ID token lives in sessionStorage (one tab, gone when the browser closes), and this
 * store lets React and the API client share it.
 */
export const sessionStore = {
  get(): Session | null {
    return current;
  },
  /** Starts a session from a freshly issued ID token. */
  start(idToken: string, user: Session["user"]): Session {
    const expiresAt = tokenExpiry(idToken);
    current = { idToken, user, ...(expiresAt === undefined ? {} : { expiresAt }) };
    window.sessionStorage.setItem(storageKey, JSON.stringify(current));
    window.sessionStorage.removeItem(endReasonKey);
    watchExpiry(current);
    notify();
    return current;
  },
  /** Ends the session, remembering why. */
  clear(reason: SessionEndReason): void {
    window.sessionStorage.removeItem(storageKey);
    window.sessionStorage.setItem(endReasonKey, reason);
    watchExpiry(null);
    if (current === null) return;
    current = null;
    notify();
  },
  /** Why the previous session ended, if it did in this tab. */
  endReason(): SessionEndReason | null {
    const reason = window.sessionStorage.getItem(endReasonKey);
    return reason === "signed-out" || reason === "expired" ? reason : null;
  },
  /** Forgets why the previous session ended, once the sign-in page has said so. */
  forgetEndReason(): void {
    window.sessionStorage.removeItem(endReasonKey);
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  },
};

watchExpiry(current);
