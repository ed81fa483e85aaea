import { useSyncExternalStore } from "react";
import { type Session, sessionStore } from "./session-store.ts";

/** The signed-in session (or null), re-rendering when someone signs in or out or the token expires. */
export function useSession(): Session | null {
  return useSyncExternalStore(sessionStore.subscribe, sessionStore.get, () => null);
}
