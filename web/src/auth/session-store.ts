import { isRole, type Role } from "#shared/auth/role-names.ts";

/** Who is signed in, as far as the browser knows before asking the API. */
export interface Session {
  idToken: string;
  user: { id: string; name: string; role?: Role | undefined };
  /** Epoch milliseconds when the token stops working, read from its `exp` claim. */
  expiresAt?: number | undefined;
  /** Epoch milliseconds when the token was issued (`iat`): with `expiresAt`, how long tokens live. */
  issuedAt?: number | undefined;
}

/** Why the last session ended, so the sign-in page can say so. */
export type SessionEndReason = "signed-out" | "expired" | "timed-out" | "signed-out-everywhere";

const endReasons: readonly string[] = ["signed-out", "expired", "timed-out", "signed-out-everywhere"];

const storageKey = "dfp.session";
const endReasonKey = "dfp.session-ended";

const millis = (claim: unknown) => (typeof claim === "number" ? { value: claim * 1000 } : {});

/** The `exp` and `iat` claims of a JWT in epoch milliseconds; absent when the token cannot be read. */
export function tokenTimes(token: string): Pick<Session, "expiresAt" | "issuedAt"> {
  const payload = token.split(".")[1];
  if (payload === undefined) return {};
  try {
    const json = atob(payload.replace(/-/g, "+").replace(/_/g, "/"));
    const { exp, iat } = JSON.parse(json) as { exp?: unknown; iat?: unknown };
    const expiresAt = millis(exp).value;
    const issuedAt = millis(iat).value;
    return {
      ...(expiresAt === undefined ? {} : { expiresAt }),
      ...(issuedAt === undefined ? {} : { issuedAt }),
    };
  } catch {
    return {};
  }
}

/**
 * Whether what sessionStorage holds is a session. Storage outlives a deploy and anyone can edit it, so
 * it is checked, by hand: zod for one small shape would weigh more than the rest of the shell.
 */
function isSession(value: unknown): value is Session {
  if (typeof value !== "object" || value === null) return false;
  const { idToken, user, expiresAt, issuedAt } = value as Record<string, unknown>;
  if (typeof idToken !== "string" || idToken === "") return false;
  if (expiresAt !== undefined && typeof expiresAt !== "number") return false;
  if (issuedAt !== undefined && typeof issuedAt !== "number") return false;
  if (typeof user !== "object" || user === null) return false;
  const { id, name, role } = user as Record<string, unknown>;
  return typeof id === "string" && typeof name === "string" && (role === undefined || isRole(role));
}

const isExpired = (session: Session) => session.expiresAt !== undefined && session.expiresAt <= Date.now();

function readStored(): Session | null {
  try {
    const raw = window.sessionStorage.getItem(storageKey);
    if (raw === null) return null;
    const stored: unknown = JSON.parse(raw);
    if (!isSession(stored) || isExpired(stored)) {
      window.sessionStorage.removeItem(storageKey);
      return null;
    }
    return stored;
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
    current = { idToken, user, ...tokenTimes(idToken) };
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
    return reason !== null && endReasons.includes(reason) ? (reason as SessionEndReason) : null;
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
