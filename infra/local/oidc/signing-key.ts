import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { exportJWK, generateKeyPair, type JWK } from "jose";

/** The key id the local provider signs with (tests that forge a genuine-looking token name it too). */
export const signingKeyId = "local-1";

/**
 * The provider's RS256 private key as a JWK: kept in the data folder (`keys/signing-key.json`), so tokens
 * and the handlers' cached JWKS survive a restart; a fresh one per run when there is no data folder.
 */
export const loadSigningKey = async (keyDir?: string): Promise<JWK> => {
  const keyFile = keyDir ? join(keyDir, "signing-key.json") : undefined;
  let privateJwk: JWK;
  if (keyFile && existsSync(keyFile)) {
    privateJwk = JSON.parse(readFileSync(keyFile, "utf8")) as JWK;
  } else {
    const { privateKey } = await generateKeyPair("RS256", { extractable: true });
    privateJwk = await exportJWK(privateKey);
    if (keyFile && keyDir) {
      mkdirSync(keyDir, { recursive: true });
      writeFileSync(keyFile, JSON.stringify(privateJwk), { mode: 0o600 });
    }
  }
  return { ...privateJwk, kid: signingKeyId, alg: "RS256", use: "sig" };
};
