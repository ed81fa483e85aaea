import { readFileSync } from "node:fs";
import { importJWK, type JWK, SignJWT } from "jose";
import { describe, expect, inject, it } from "vitest";
import { api, gatewayUrl } from "../support/api.ts";

/**
 * Tokens signed with the portal's own issuer key (the reliability stack keeps it in its scratch folder),
 * so each refusal below is for the one claim that is wrong, not for the signature.
 * Expired, not-yet-valid, alg none, another key and tampered claims are in tests/integration/authentication.test.ts.
 */
const genuineKey = () => JSON.parse(readFileSync(inject("signingKeyFile"), "utf8")) as JWK;
const issuer = () => `${gatewayUrl()}/oidc`;
const audience = "dynamic-framework-portal-local";

const sign = async (options: { iss?: string; aud?: string; exp?: false } = {}) => {
  const at = Math.floor(Date.now() / 1000);
  const jwt = new SignJWT({
    "cognito:groups": ["commissioner"],
    name: "Helen Carter",
    "custom:regions": "london",
  })
    .setProtectedHeader({ alg: "RS256", kid: "local-1" })
    .setSubject("user-commissioner-london")
    .setIssuer(options.iss ?? issuer())
    .setAudience(options.aud ?? audience)
    .setIssuedAt(at);
  if (options.exp !== false) jwt.setExpirationTime(at + 600);
  return jwt.sign(await importJWK(genuineKey(), "RS256"));
};

const expect401 = async (token: string) => {
  const res = await api("GET", "/api/me", { token });
  expect(res.status).toBe(401);
  expect(res.headers.get("content-type")).toContain("application/problem+json");
};

describe("tokens signed with the portal's own key", () => {
  it("are accepted when every claim is right (so the refusals below are for the claim alone)", async () => {
    const res = await api("GET", "/api/me", { token: await sign() });
    expect(res.status).toBe(200);
    expect(res.body.user.id).toBe("user-commissioner-london");
  });

  it("are refused from another issuer", async () => {
    await expect401(await sign({ iss: "https://cognito-idp.eu-west-2.amazonaws.com/eu-west-2_attacker" }));
  });

  it("are refused for another audience (another app's client id)", async () => {
    await expect401(await sign({ aud: "some-other-client" }));
  });

  it("are refused without an expiry", async () => {
    await expect401(await sign({ exp: false }));
  });

  it("are refused when HS256-signed with the public key as the secret (algorithm confusion)", async () => {
    const { d: _d, p: _p, q: _q, dp: _dp, dq: _dq, qi: _qi, ...publicJwk } = genuineKey();
    const at = Math.floor(Date.now() / 1000);
    const forged = await new SignJWT({ "cognito:groups": ["commissioner"] })
      .setProtectedHeader({ alg: "HS256", kid: "local-1" })
      .setSubject("user-commissioner-london")
      .setIssuer(issuer())
      .setAudience(audience)
      .setIssuedAt(at)
      .setExpirationTime(at + 600)
      .sign(new TextEncoder().encode(JSON.stringify(publicJwk)));
    await expect401(forged);
  });
});
