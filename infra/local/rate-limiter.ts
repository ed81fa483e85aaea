import type { IncomingMessage, ServerResponse } from "node:http";
import type { RateLimits } from "../rate-limits.ts";

interface Window {
  startedAt: number;
  count: number;
}

/** How a request was counted: allowed, or refused with the seconds until its window ends. */
export type Verdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Fixed-window counters per key (an IP address, a token subject, a sign-in address), in memory: the
 * local gateway is one process. Real time, not the portal's clock, which tests move by days.
 */
export const createRateLimiter = (initial: RateLimits) => {
  let limits = initial;
  const windows = new Map<string, Window>();

  const hit = (key: string, limit: number): Verdict => {
    const at = Date.now();
    const windowMs = limits.windowSeconds * 1000;
    let window = windows.get(key);
    if (!window || at - window.startedAt >= windowMs) {
      if (windows.size > 10_000) {
        for (const [k, w] of windows) if (at - w.startedAt >= windowMs) windows.delete(k);
      }
      window = { startedAt: at, count: 0 };
      windows.set(key, window);
    }
    window.count += 1;
    if (window.count <= limit) return { allowed: true };
    return {
      allowed: false,
      retryAfterSeconds: Math.max(1, Math.ceil((window.startedAt + windowMs - at) / 1000)),
    };
  };

  /** Counts one request against every key it belongs to; refused if any is over its limit. */
  const check = (keys: { key: string; limit: number }[]): Verdict => {
    let verdict: Verdict = { allowed: true };
    for (const { key, limit } of keys) {
      const v = hit(key, limit);
      if (!v.allowed && (verdict.allowed || v.retryAfterSeconds > verdict.retryAfterSeconds)) verdict = v;
    }
    return verdict;
  };

  return {
    limits: () => limits,
    /** Local only: new limits (and fresh counts), for the test that proves a limit. */
    configure: (next: Partial<RateLimits>) => {
      limits = { ...limits, ...next };
      windows.clear();
    },
    /** An /api request: per IP address and, when it carries a token, per token subject; costly routes count twice. */
    api: (req: IncomingMessage, costly: boolean): Verdict => {
      const ip = clientAddress(req);
      const subject = tokenSubject(req.headers.authorization);
      return check([
        { key: `ip:${ip}`, limit: limits.perClient },
        ...(subject ? [{ key: `sub:${subject}`, limit: limits.perClient }] : []),
        ...(costly ? [{ key: `costly-ip:${ip}`, limit: limits.costly }] : []),
        ...(costly && subject ? [{ key: `costly-sub:${subject}`, limit: limits.costly }] : []),
      ]);
    },
    /** A sign-in at the local identity provider, per IP address. */
    signIn: (req: IncomingMessage): Verdict =>
      check([{ key: `sign-in:${clientAddress(req)}`, limit: limits.signIn }]),
  };
};

export type RateLimiter = ReturnType<typeof createRateLimiter>;

// The socket's address, never X-Forwarded-For: a header the client writes cannot choose its bucket.
const clientAddress = (req: IncomingMessage) => req.socket.remoteAddress ?? "unknown";

/**
 * The token's subject, read without verifying it: only to choose a counter (a forged subject still
 * counts against its IP address, and the handler verifies the token itself).
 */
const tokenSubject = (authorization: string | undefined): string | undefined => {
  const token = /^Bearer ([^.\s]+)\.([^.\s]+)\./.exec(authorization ?? "")?.[2];
  if (!token) return undefined;
  try {
    const sub = (JSON.parse(Buffer.from(token, "base64url").toString("utf8")) as { sub?: unknown }).sub;
    return typeof sub === "string" && sub.length <= 256 ? sub : undefined;
  } catch {
    return undefined;
  }
};

/** 429 problem+json with Retry-After, as the handlers write problems. */
export const tooManyRequests = (res: ServerResponse, retryAfterSeconds: number) => {
  res.writeHead(429, {
    "content-type": "application/problem+json",
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
    "content-security-policy": "default-src 'none'; frame-ancestors 'none'",
    "retry-after": String(retryAfterSeconds),
  });
  res.end(
    JSON.stringify({
      type: "https://dynamic-framework.service.justice.gov.uk/problems/429",
      title: "Too many requests",
      status: 429,
      detail: `You have sent too many requests in a short time. Wait ${retryAfterSeconds} seconds and try again.`,
    }),
  );
};
