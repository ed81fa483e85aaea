import { createRemoteJWKSet, type JWTPayload, jwtVerify } from "jose";
import { now } from "../clock.ts";
import { authConfig } from "../config.ts";

type KeySet = ReturnType<typeof createRemoteJWKSet>;
let cached: { url: string; keys: KeySet } | undefined;

/** The JWKS is fetched once per container and refreshed by jose when an unknown key id appears. */
const keySet = (url: string): KeySet => {
  if (cached?.url !== url) cached = { url, keys: createRemoteJWKSet(new URL(url)) };
  return cached.keys;
};

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
