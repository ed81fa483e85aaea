/**
 * Per-client request limits, read by the cloud stack (WAF rate-based rules, HTTP API route throttles)
 * and by the local gateway, which enforces the same numbers so they can be seen and tested. See
 * docs/adr/0012-rate-limits-waf-and-local-gateway.md.
 */
export interface RateLimits {
  /** The window every count below is over (WAF evaluates rate-based rules over 60–600 s). */
  windowSeconds: number;
  /** Requests to /api from one client (IP address; locally also one token subject) per window. */
  perClient: number;
  /** Requests to a costly route (exports, reports) from one client per window. */
  costly: number;
  /** Sign-ins from one IP address per window (Cognito in the cloud, the local identity provider here). */
  signIn: number;
}

/** What the cloud enforces and `npm start` enforces unless told otherwise. */
export const defaultRateLimits: RateLimits = {
  windowSeconds: 300,
  perClient: 1_000,
  costly: 50,
  signIn: 100,
};

/** Throttle of each costly route on the HTTP API stage, for all clients together (requests per second). */
export const costlyRouteThrottle = { rateLimit: 5, burstLimit: 10 } as const;

/** A route whose answer is computed over many items: CSV exports, monthly reports, the OCDS release. */
export const isCostlyPath = (path: string): boolean => /\/(export|report|ocds)$/.test(path);

/** The path endings the WAF's costly-route rule matches, in the same terms as `isCostlyPath`. */
export const costlyPathEndings = ["/export", "/report", "/ocds"] as const;

const envNames: Record<keyof RateLimits, string> = {
  windowSeconds: "PORTAL_RATE_LIMIT_WINDOW_SECONDS",
  perClient: "PORTAL_RATE_LIMIT_PER_CLIENT",
  costly: "PORTAL_RATE_LIMIT_COSTLY",
  signIn: "PORTAL_RATE_LIMIT_SIGN_IN",
};

/** The limits from `PORTAL_RATE_LIMIT_*` environment variables, each falling back to its default. */
export const rateLimitsFromEnv = (env: NodeJS.ProcessEnv = process.env): RateLimits => {
  const read = (name: keyof RateLimits) => {
    const value = Number(env[envNames[name]]);
    return Number.isInteger(value) && value > 0 ? value : defaultRateLimits[name];
  };
  return {
    windowSeconds: read("windowSeconds"),
    perClient: read("perClient"),
    costly: read("costly"),
    signIn: read("signIn"),
  };
};

/** For test stacks and the benchmark, which send thousands of requests from one client on purpose. */
export const generousRateLimits: RateLimits = {
  windowSeconds: 60,
  perClient: 10_000_000,
  costly: 10_000_000,
  signIn: 10_000_000,
};
