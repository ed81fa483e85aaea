import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, generateKeyPair, SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

let server: Server;
let jwksRequests = 0;
let sign: (subject: string) => Promise<string>;

beforeAll(async () => {
  const { privateKey, publicKey } = await generateKeyPair("RS256");
  const jwks = { keys: [{ ...(await exportJWK(publicKey)), kid: "k1", alg: "RS256", use: "sig" }] };
  server = createServer((_req, res) => {
    jwksRequests += 1;
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(jwks));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks.json`;
  vi.stubEnv("AUTH_JWKS_URL", url);
  vi.stubEnv("AUTH_ISSUER", "https://issuer.test");
  vi.stubEnv("AUTH_AUDIENCE", "portal");
  sign = (subject) =>
    new SignJWT({})
      .setProtectedHeader({ alg: "RS256", kid: "k1" })
      .setSubject(subject)
      .setIssuer("https://issuer.test")
      .setAudience("portal")
      .setIssuedAt()
      .setExpirationTime("5m")
      .sign(privateKey);
});

afterAll(() => {
  vi.unstubAllEnvs();
  server.close();
});

describe("token verification keys", () => {
  it("are fetched once while the function initialises, not by the first request", async () => {
    const { verifyToken } = await import("./verify-token.ts");
    // Importing the module (a cold start's init) is enough: no token has been verified yet.
    await vi.waitFor(() => expect(jwksRequests).toBe(1));

    expect((await verifyToken(await sign("user-1"))).sub).toBe("user-1");
    expect((await verifyToken(await sign("user-2"))).sub).toBe("user-2");
    expect(jwksRequests).toBe(1);
  });
});
