import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { exportJWK, generateKeyPair, importJWK, type JWK, SignJWT } from "jose";
import { claimNames } from "#functions/platform/auth/claims.ts";
import { now } from "#functions/platform/clock.ts";
import type { DemoUser } from "./seed/demo-users.ts";

/** The local issuer's audience: the cloud equivalent is the Cognito web client id. */
export const localAudience = "dynamic-framework-portal-local";

export interface LocalIdentityProvider {
  issuer: string;
  jwks: { keys: JWK[] };
  /** Signs an ID token for a demo user, with Cognito's claim names, valid for an hour of portal time. */
  signToken(user: DemoUser, options?: { expiresInSeconds?: number }): Promise<string>;
}

const keyId = "local-1";

/**
 * An embedded OpenID issuer: an RS256 key pair (kept in the data folder so tokens survive a restart)
 * and its JWKS. Handlers verify its tokens with exactly the code that verifies Cognito's.
 */
export const createIdentityProvider = async (options: {
  issuer: string;
  keyDir?: string;
}): Promise<LocalIdentityProvider> => {
  const keyFile = options.keyDir ? join(options.keyDir, "signing-key.json") : undefined;
  let privateJwk: JWK;
  if (keyFile && existsSync(keyFile)) {
    privateJwk = JSON.parse(readFileSync(keyFile, "utf8")) as JWK;
  } else {
    const { privateKey } = await generateKeyPair("RS256", { extractable: true });
    privateJwk = await exportJWK(privateKey);
    if (keyFile && options.keyDir) {
      mkdirSync(options.keyDir, { recursive: true });
      writeFileSync(keyFile, JSON.stringify(privateJwk), { mode: 0o600 });
    }
  }
  const { d: _d, p: _p, q: _q, dp: _dp, dq: _dq, qi: _qi, ...publicJwk } = privateJwk;
  const privateKey = await importJWK(privateJwk, "RS256");
  return {
    issuer: options.issuer,
    jwks: { keys: [{ ...publicJwk, kid: keyId, alg: "RS256", use: "sig" }] },
    signToken: async (user, { expiresInSeconds = 3600 } = {}) => {
      const issuedAt = Math.floor(now().getTime() / 1000);
      return new SignJWT({
        [claimNames.groups]: [user.role],
        [claimNames.name]: user.name,
        email: user.email,
        ...(user.organisationId ? { [claimNames.organisationId]: user.organisationId } : {}),
        ...(user.regions.length ? { [claimNames.regions]: user.regions.join(",") } : {}),
        ...(user.pdu ? { [claimNames.pdu]: user.pdu } : {}),
        [claimNames.frameworkAdmin]: String(user.frameworkAdmin ?? false),
        token_use: "id",
      })
        .setProtectedHeader({ alg: "RS256", kid: keyId })
        .setSubject(user.id)
        .setIssuer(options.issuer)
        .setAudience(localAudience)
        .setIssuedAt(issuedAt)
        .setNotBefore(issuedAt - 5)
        .setExpirationTime(issuedAt + expiresInSeconds)
        .sign(privateKey);
    },
  };
};
