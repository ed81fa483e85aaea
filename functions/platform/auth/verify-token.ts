import { createRemoteJWKSet, type JWTPayload, jwtVerify } from "jose";
import { now } from "../clock.ts";
import { authConfig } from "../config.ts";

type KeySet = ReturnType<typeof createRemoteJWKSet>;
let cached: { url: string; keys: KeySet } | undefined;

/**
 * The issuer's keys, fetched once per container: kept for the container's life (Cognito publishes
 * new keys under new key ids) and fetched again by jose only when a token names a key id it has not seen.
 */
const keySet = (url: string): KeySet => {
  if (cached?.url !== url) {
    cached = { url, keys: createRemoteJWKSet(new URL(url), { cacheMaxAge: Number.POSITIVE_INFINITY }) };
  }
  return cached.keys;
};

/**
 * Starts fetching the JWKS while the function initialises, so the first request does not wait for it.
 * A failed fetch is only logged by the request that retries it: verification fetches again when needed.
 */
export const prefetchKeys = (): Promise<void> => {
  const url = process.env.AUTH_JWKS_URL;
  return url
    ? keySet(url)
        .reload()
        .catch(() => undefined)
    : Promise.resolve();
};

void prefetchKeys();

/**
 * Verifies a bearer token: RS256 signature against the issuer's JWKS, issuer, audience, expiry and
 * not-before, all judged by the portal's clock. Throws on any failure.
 */
export const verifyToken = async (token: string): Promise<JWTPayload> => {
  const auth = authConfig();
  const { payload } = await jwtVerify(token, keySet(auth.jwksUrl), {
    issuer: auth.issuer,
    audience: auth.audience,
    algorithms: ["RS256"],
    currentDate: now(),
    requiredClaims: ["exp", "sub"],
  });
  return payload;
};
