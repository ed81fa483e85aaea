import { useEffect, useRef, useState } from "react";
import type { AppConfig } from "../config/app-config.ts";
import { renewSession } from "./oidc-client.ts";
import { type Session, sessionStore } from "./session-store.ts";

/** Thirty minutes idle, warned two minutes before: unless `/config.json` says otherwise. */
export const defaultIdleTimeoutSeconds = 30 * 60;
export const defaultIdleWarningSeconds = 2 * 60;

const renewAheadMs = 5 * 60 * 1000;
const retryRenewalMs = 60 * 1000;

/**
 * When to renew: once the ID token has less than `aheadMs` left (so an active person never meets an
 * expired token), and at most once per `retryMs`. Both scale down for short-lived tokens (half and a
 * quarter of the lifetime) so a provider issuing five-minute tokens is not asked every tick, and a
 * refused renewal is retried before the token runs out.
 */
export function renewalTiming(session: Pick<Session, "expiresAt" | "issuedAt">): {
  aheadMs: number;
  retryMs: number;
} {
  const { expiresAt, issuedAt } = session;
  if (expiresAt === undefined || issuedAt === undefined || expiresAt <= issuedAt) {
    return { aheadMs: renewAheadMs, retryMs: retryRenewalMs };
  }
  const lifetimeMs = expiresAt - issuedAt;
  return {
    aheadMs: Math.min(renewAheadMs, lifetimeMs / 2),
    retryMs: Math.min(retryRenewalMs, lifetimeMs / 4),
  };
}
const activityEvents = ["keydown", "pointerdown", "wheel", "touchstart", "input"] as const;

/** What the timeout warning needs: whether to show it, how long is left, and the two ways out of it. */
export interface IdleState {
  warning: boolean;
  remainingMs: number;
  timedOut: boolean;
  stay(): void;
}

/**
 * Watches for activity. While the person is active the session is renewed with the refresh token before
 * the ID token expires; after `idleTimeoutSeconds - idleWarningSeconds` without activity the warning
 * shows, and at `idleTimeoutSeconds` `timedOut` turns true. While warned, only "Stay signed in" counts.
 */
export function useIdleSession(config: AppConfig): IdleState {
  const idleMs = (config.idleTimeoutSeconds ?? defaultIdleTimeoutSeconds) * 1000;
  const warnMs = Math.min((config.idleWarningSeconds ?? defaultIdleWarningSeconds) * 1000, idleMs);
  // Set when the session starts being watched (on mount), then on each activity.
  const lastActive = useRef(0);
  const warned = useRef(false);
  const lastRenewal = useRef(0);
  const [state, setState] = useState({ warning: false, remainingMs: idleMs, timedOut: false });

  useEffect(() => {
    lastActive.current = Date.now();
    const mark = () => {
      if (!warned.current) lastActive.current = Date.now();
    };
    for (const event of activityEvents)
      window.addEventListener(event, mark, { capture: true, passive: true });
    return () => {
      for (const event of activityEvents) window.removeEventListener(event, mark, { capture: true });
    };
  }, []);

  useEffect(() => {
    const tick = () => {
      const now = Date.now();
      const idleFor = now - lastActive.current;
      const remainingMs = Math.max(idleMs - idleFor, 0);
      warned.current = idleFor >= idleMs - warnMs;
      setState((previous) =>
        previous.warning === warned.current &&
        previous.timedOut === remainingMs <= 0 &&
        Math.ceil(previous.remainingMs / 1000) === Math.ceil(remainingMs / 1000)
          ? previous
          : { warning: warned.current, remainingMs, timedOut: remainingMs <= 0 },
      );
      const session = sessionStore.get();
      const expiresAt = session?.expiresAt;
      const active = !warned.current;
      const timing = renewalTiming(session ?? {});
      if (
        active &&
        expiresAt !== undefined &&
        expiresAt - now < timing.aheadMs &&
        now - lastRenewal.current > timing.retryMs
      ) {
        lastRenewal.current = now;
        void renewSession(config);
      }
    };
    const timer = setInterval(tick, 1000);
    return () => clearInterval(timer);
  }, [config, idleMs, warnMs]);

  return {
    ...state,
    stay: () => {
      lastActive.current = Date.now();
      warned.current = false;
      setState({ warning: false, remainingMs: idleMs, timedOut: false });
    },
  };
}

/** "2 minutes", "1 minute", "45 seconds": how long is left, as the warning says it. */
export function remainingText(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  if (seconds >= 60) {
    const minutes = Math.ceil(seconds / 60);
    return `${minutes} minute${minutes === 1 ? "" : "s"}`;
  }
  return `${seconds} second${seconds === 1 ? "" : "s"}`;
}
