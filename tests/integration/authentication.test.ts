import { generateKeyPair, SignJWT } from "jose";
import { afterEach, describe, expect, it } from "vitest";
import { api, gatewayUrl, setClock, tokenFor } from "../support/api.ts";

const issuer = () => `${gatewayUrl()}/oidc`;
const audience = "dynamic-framework-portal-local";

/** Signs a token with a key the portal has never seen, but otherwise exactly like the real issuer. */
const forge = async (
  claims: Record<string, unknown>,
  options: { iss?: string; aud?: string; exp?: number } = {},
) => {
  const { privateKey } = await generateKeyPair("RS256");
  const at = Math.floor(Date.now() / 1000);
  return new SignJWT({ "cognito:groups": ["commissioner"], name: "Mallory", ...claims })
    .setProtectedHeader({ alg: "RS256", kid: "local-1" })
    .setSubject("user-commissioner-london")
    .setIssuer(options.iss ?? issuer())
    .setAudience(options.aud ?? audience)
    .setIssuedAt(at)
    .setExpirationTime(options.exp ?? at + 600)
    .sign(privateKey);
};

const expectProblem = (res: Awaited<ReturnType<typeof api>>, status: number) => {
  expect(res.status).toBe(status);
  expect(res.headers.get("content-type")).toContain("application/problem+json");
  expect(res.body.status).toBe(status);
  expect(typeof res.body.title).toBe("string");
};

describe("authentication", () => {
  afterEach(() => setClock({ offsetMs: 0 }));

  it("refuses a request without a token with 401 problem+json", async () => {
    expectProblem(await api("GET", "/api/me"), 401);
  });

  it("refuses a malformed Authorization header", async () => {
    expectProblem(await api("GET", "/api/me", { headers: { authorization: "Basic dXNlcjpwYXNz" } }), 401);
  });

  it("refuses a token signed by another key even when its claims look right", async () => {
    expectProblem(await api("GET", "/api/me", { token: await forge({}) }), 401);
  });

  it("refuses a genuine token whose claims were tampered with", async () => {
    const token = await tokenFor("user-provider-bridge");
    const [header, payload, signature] = token.split(".");
    const claims = JSON.parse(Buffer.from(payload ?? "", "base64url").toString());
    claims["cognito:groups"] = ["commissioner"];
    const tampered = `${header}.${Buffer.from(JSON.stringify(claims)).toString("base64url")}.${signature}`;
    expectProblem(await api("GET", "/api/me", { token: tampered }), 401);
  });

  it("refuses an unsigned token (alg none)", async () => {
    const enc = (o: object) => Buffer.from(JSON.stringify(o)).toString("base64url");
    const at = Math.floor(Date.now() / 1000);
    const unsigned = `${enc({ alg: "none" })}.${enc({ sub: "user-commissioner-london", iss: issuer(), aud: audience, exp: at + 600, "cognito:groups": ["commissioner"] })}.`;
    expectProblem(await api("GET", "/api/me", { token: unsigned }), 401);
  });

  it("refuses a token that has expired by the portal's clock", async () => {
    const token = await tokenFor("user-officer-camden");
    expect((await api("GET", "/api/me", { token })).status).toBe(200);
    await setClock({ offsetMs: 2 * 60 * 60 * 1000 });
    expectProblem(await api("GET", "/api/me", { token }), 401);
  });

  it("refuses a token that is not valid yet", async () => {
    await setClock({ offsetMs: 60 * 60 * 1000 });
    const fromTheFuture = await tokenFor("user-officer-camden");
    await setClock({ offsetMs: 0 });
    expectProblem(await api("GET", "/api/me", { token: fromTheFuture }), 401);
  });

  it("answers public routes without a token", async () => {
    expect((await api("GET", "/api/health")).status).toBe(200);
  });
});

describe("who am I", () => {
  it("returns the provider's profile and organisation from the table", async () => {
    const res = await api("GET", "/api/me", { token: await tokenFor("user-provider-bridge") });
    expect(res.status).toBe(200);
    expect(res.body.user).toMatchObject({ name: "Priya Shah", role: "provider" });
    expect(res.body.organisation).toMatchObject({
      name: "Bridge Housing Trust",
      frameworkStatus: "admitted",
    });
    expect(res.headers.get("cache-control")).toBe("no-store");
  });

  it("returns a commissioner's regions and no organisation", async () => {
    const res = await api("GET", "/api/me", { token: await tokenFor("user-commissioner-london") });
    expect(res.body.user).toMatchObject({ regions: ["london", "kent-surrey-sussex"], frameworkAdmin: true });
    expect(res.body.organisation).toBeUndefined();
  });
});

describe("unknown routes", () => {
  it("answers 404 problem+json for an unknown API path and 405 for a wrong method", async () => {
    expectProblem(await api("GET", "/api/nothing-here"), 404);
    const res = await api("DELETE", "/api/health");
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("GET");
  });
});
